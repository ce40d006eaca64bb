package org.caremarket.brokerage.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a service in the area was not matched. Each excluded service is counted once, under the first
 * reason in this order.
 */
@Schema(name = "MatchExclusionReason", description = "Why services in the area were not matched.")
public enum MatchExclusion {
    NOT_REGISTERED("deregistered or dormant"),
    TOO_FAR("beyond %s km"),
    RATING("rated below the minimum"),
    SPECIALISM("without a required specialism"),
    NO_REPORT("never reported vacancies"),
    STALE("vacancy report stale (older than %s days)"),
    NOT_ACCEPTING("not accepting admissions or referrals"),
    NO_CAPACITY("nothing of the kind needed available now"),
    NO_DOUBLE_HANDED("cannot cover double-handed calls"),
    OVER_PRICE_CAP("fee above the price cap");

    private final String description;

    MatchExclusion(String description) {
        this.description = description;
    }

    /** {@code "14 rated below the minimum"}, {@code "52 beyond 15 km"}, {@code "9 vacancy report stale (older than 7 days)"}. */
    public String describe(int count, double maxDistanceKm, int staleAfterDays) {
        return count + " " + description.formatted(this == STALE ? String.valueOf(staleAfterDays) : Matching.km(maxDistanceKm));
    }
}
