package org.caremarket.vacancy.entity;

import java.util.List;

/**
 * What an award takes from a service's vacancies: one bed, unit or placement of a type, one
 * supported-living place, or homecare hours in a district at the times the visits fall.
 *
 * @param type  the bed, unit or placement type; null for a supported-living place or homecare
 * @param hours for homecare only: the hours a week wanted in each district, time band and days
 */
public record CapacityClaim(LineKind kind, String type, List<Hours> hours) {

    /** Homecare hours a week wanted in one district, time band and days. */
    public record Hours(String district, TimeBand timeBand, Days days, int hoursPerWeek) {
    }

    public static CapacityClaim one(LineKind kind, String type) {
        return new CapacityClaim(kind, type, List.of());
    }

    public static CapacityClaim homecare(List<Hours> hours) {
        return new CapacityClaim(LineKind.HOMECARE_HOURS, null, List.copyOf(hours));
    }

    public String describe() {
        return switch (kind) {
            case BED -> "one " + type + " bed";
            case UNIT -> "one " + type + " unit";
            case PLACEMENT -> "one " + type + " placement";
            case PLACE -> "one supported-living place";
            case HOMECARE_HOURS -> hours.stream().mapToInt(Hours::hoursPerWeek).sum() + " homecare hours a week";
        };
    }
}
