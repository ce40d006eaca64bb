package org.caremarket.platform.entity;

/**
 * The optimistic-concurrency rule every updatable aggregate follows: the version a client read
 * (its ETag) must still be the current one when it writes.
 */
public final class Versioned {

    private Versioned() {
    }

    /**
     * @param expected the version from the client's {@code If-Match}, empty when the header was absent
     * @param current  the version the record has now
     */
    public static void requireCurrent(java.util.OptionalLong expected, long current, String what) {
        if (expected.isEmpty()) {
            throw new PreconditionRequired();
        }
        if (expected.getAsLong() != current) {
            throw new PreconditionFailed("The " + what + " is now at version " + current
                    + "; read it again (GET) and send its new ETag in If-Match.");
        }
    }
}
