package org.caremarket.platform.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@code @Pattern} for a Java regular expression that ECMAScript tools cannot read, such as the letter class
 * {@code \p{L}} (which needs the {@code u} flag there): MicroProfile OpenAPI copies {@code @Pattern} into the published
 * schema, where clients and linters would choke on it, and does not copy this. Say the rule in the field's schema
 * description instead. Null passes (combine with {@code @NotNull} or {@code @NotBlank} where required).
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = UnicodePatternValidator.class)
public @interface UnicodePattern {

    /** A {@link java.util.regex.Pattern} the whole value must match. */
    String regexp();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
