package org.caremarket.brokerage.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One factor of a match's score: its value from 0 to 1, its weight, the points it adds to the score out
 * of 100, and why, in words a broker can repeat to the person.
 */
@Schema(name = "MatchFactor", description = "One factor of a match's score, with the points it adds and why.")
public record MatchFactor(Name factor, double value, double weight, double points, String reason) {

    @Schema(name = "MatchFactorName")
    public enum Name {
        DISTANCE, QUALITY, PRICE, CAPACITY, FRESHNESS, CONTINUITY
    }
}
