package org.caremarket.vacancy.entity;

/** The parts of the day homecare visits are planned in. */
public enum TimeBand {
    MORNING, LUNCH, TEA, BED, NIGHT
}
