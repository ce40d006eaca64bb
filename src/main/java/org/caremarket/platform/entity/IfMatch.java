package org.caremarket.platform.entity;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a client's {@code If-Match} asks of a write (RFC 9110, section 13.1.1): nothing (the header was not sent),
 * any current record ({@code *}), or one of the versions it lists. Entity tags are compared strongly: a weak tag
 * never matches, so it is not kept here.
 */
public final class IfMatch {

    /** The header was not sent: an update answers 428. */
    public static final IfMatch ABSENT = new IfMatch(false, false, new long[0]);
    /** {@code If-Match: *}: the write goes ahead on whatever version is current. */
    public static final IfMatch ANY = new IfMatch(true, true, new long[0]);

    private final boolean present;
    private final boolean any;
    private final long[] versions;

    private IfMatch(boolean present, boolean any, long[] versions) {
        this.present = present;
        this.any = any;
        this.versions = versions;
    }

    /** A header listing these versions (none, when every tag in it was weak or not one of ours: nothing matches). */
    public static IfMatch versions(long... versions) {
        return new IfMatch(true, false, versions.clone());
    }

    public boolean present() {
        return present;
    }

    /** Whether a record now at {@code current} may be written. */
    public boolean matches(long current) {
        return any || Arrays.stream(versions).anyMatch(v -> v == current);
    }

    @Override
    public String toString() {
        return !present ? "(absent)" : any ? "*" : Arrays.stream(versions).mapToObj(v -> "\"" + v + "\"")
                .collect(Collectors.joining(", "));
    }
}
