package org.caremarket.register.entity;

/** What a service's capacity counts, fixed by its kind. */
public enum CapacityUnit {
    BEDS(2_000),
    HOURS_PER_WEEK(200_000),
    UNITS(2_000),
    PLACES(2_000),
    PLACEMENTS(2_000);

    private final int plausibleMaximum;

    CapacityUnit(int plausibleMaximum) {
        this.plausibleMaximum = plausibleMaximum;
    }

    /** Above this a figure is a typing error, not a service (the largest English care home has under 300 beds). */
    public int plausibleMaximum() {
        return plausibleMaximum;
    }
}
