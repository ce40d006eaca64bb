package org.caremarket.assistant.boundary;

import java.util.List;
import org.caremarket.assistant.entity.AssistantExclusion;
import org.caremarket.assistant.entity.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantSearchResults", description = "PAs who can travel to the person and are free at some of the times "
        + "needed, best first, each with the score's parts; and how many others travel there but were left out, and why.")
public record SearchResults(
        @Schema(description = "The person's postcode district.", example = "LS6") String district,
        @Schema(example = "weekday mornings") String needed,
        @Schema(example = "25") int hoursNeeded,
        @Schema(description = "PAs who travel to the person (by distance or by naming the district).") int inReach,
        @Schema(description = "Of those, the PAs not left out.") int matched,
        @Schema(description = "What each factor weighs (caremarket.assistant.weight.*): a factor's points are its share of its weight.")
        Weights weights,
        List<Excluded> excluded, List<Result> results) {

    @Schema(name = "AssistantWeights")
    public record Weights(double availability, double skills, double travel, double rate, double verification) {
    }

    @Schema(name = "AssistantExclusion")
    public record Excluded(AssistantExclusion reason, String description, int count) {
    }

    @Schema(name = "AssistantSearchResult", description = "What a first contact needs, and why the PA ranks where they do.")
    public record Result(String id, @Schema(example = "Amira K.") String displayName, @Schema(example = "LS6") String district,
                         @Schema(description = "Rounded to the kilometre.", example = "3") long distanceKm,
                         List<Skill> skills, RateView hourlyRate,
                         @Schema(description = "Hours of the slots needed that the PA is free.", example = "25") int overlapHours,
                         @Schema(description = "A council has seen the PA's documents.") boolean verified, Checks checks,
                         @Schema(description = "Out of 100.", example = "86.5") double score, List<FactorView> factors) {
    }

    @Schema(name = "AssistantSearchChecks", description = "How the PA's checks stand today (see Assistant.checks).")
    public record Checks(org.caremarket.assistant.entity.CheckStatus dbs, org.caremarket.assistant.entity.CheckStatus insurance,
                         boolean rightToWorkChecked) {

        static Checks of(org.caremarket.assistant.entity.Checks c) {
            return new Checks(c.dbs(), c.insurance(), c.rightToWorkChecked());
        }
    }

    @Schema(name = "AssistantFactor", description = "One part of the score: the points it gave (out of its weight) and why.")
    public record FactorView(@Schema(example = "availability") String name, @Schema(example = "40.0") double points,
                             @Schema(example = "Free at every time needed (weekday mornings).") String reason) {

        static FactorView of(org.caremarket.assistant.entity.AssistantFactor f) {
            return new FactorView(f.name(), f.points(), f.reason());
        }
    }
}
