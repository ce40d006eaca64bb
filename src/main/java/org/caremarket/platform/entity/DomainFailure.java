package org.caremarket.platform.entity;

import java.util.Optional;

/**
 * A failure the client can understand and act on. Each capability names its own situations
 * ({@code UnknownService}, {@code DuplicateCqcLocation}) by extending one of the kinds below;
 * {@code platform} turns each kind into one problem+json status.
 */
public abstract class DomainFailure extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected DomainFailure(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** A relative URI reference naming the kind of problem, documented in the README. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /**
     * The failure the domain named, found in a chain of causes: a body's reader (JSON-B, JSON-P, the JAX-RS
     * runtime) may wrap what the body's stream threw while it was being read ({@link PayloadTooLarge},
     * {@link InvalidInput}), and the answer is the named failure's, not the wrapper's.
     */
    public static Optional<DomainFailure> within(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof DomainFailure named) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
