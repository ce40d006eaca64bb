package org.caremarket.platform.boundary;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation whose body may be bigger than {@link BodyLimits}' limit for its media type (a bulk upload, a CQC
 * file): how many bytes it takes, whatever the media type. The configuration property
 * {@code caremarket.limits.<name>-bytes} overrides {@link #bytes()}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    /** Names the limit in the configuration: {@code caremarket.limits.<name>-bytes}. */
    String name();

    /** The most bytes of body the operation reads, unless configured otherwise. */
    long bytes();
}
