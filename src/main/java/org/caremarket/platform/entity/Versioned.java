package org.caremarket.platform.entity;

/**
 * The optimistic-concurrency rule every updatable aggregate follows: the version a client read
 * (its ETag) must still be the current one when it writes.
 */
public final class Versioned {

    private Versioned() {
    }

    /**
     * @param expected the client's {@code If-Match}
     * @param current  the version the record has now
     */
    public static void requireCurrent(IfMatch expected, long current, String what) {
        if (!expected.present()) {
            throw new PreconditionRequired();
        }
        if (!expected.matches(current)) {
            throw new PreconditionFailed("The " + what + " is now at version " + current
                    + "; read it again (GET) and send its new ETag in If-Match.");
        }
    }
}
