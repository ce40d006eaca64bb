package org.caremarket.register.entity;

/** CQC's four-point rating scale, plus "not yet rated" for services not yet inspected. */
public enum RatingValue {
    OUTSTANDING(4), GOOD(3), REQUIRES_IMPROVEMENT(2), INADEQUATE(1), NOT_YET_RATED(0);

    private final int rank;

    RatingValue(int rank) {
        this.rank = rank;
    }

    /** True when this is a rating at least as good as {@code minimum}; "not yet rated" meets no minimum. */
    public boolean meets(RatingValue minimum) {
        return minimum == NOT_YET_RATED || (rank > 0 && rank >= minimum.rank);
    }

    public int rank() {
        return rank;
    }
}
