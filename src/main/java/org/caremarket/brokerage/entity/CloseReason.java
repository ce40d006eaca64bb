package org.caremarket.brokerage.entity;

/**
 * Why a request closed without an award. The first five say why it could not be sourced (the market
 * position statement counts them); the rest why it was cancelled.
 */
public enum CloseReason {
    NO_VACANCY(true), NO_SUITABLE_SPECIALISM(true), OVER_PRICE_CAP(true), TOO_FAR(true), ALL_DECLINED(true),
    NO_LONGER_NEEDED(false), NEEDS_CHANGED(false), ARRANGED_ELSEWHERE(false), PERSON_DIED(false), OTHER(null);

    private final Boolean unsourced;

    CloseReason(Boolean unsourced) {
        this.unsourced = unsourced;
    }

    /** OTHER fits either. */
    public boolean fitsUnsourced() {
        return unsourced == null || unsourced;
    }

    public boolean fitsCancelled() {
        return unsourced == null || !unsourced;
    }
}
