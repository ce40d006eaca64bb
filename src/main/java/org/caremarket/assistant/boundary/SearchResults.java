package org.caremarket.assistant.boundary;

import java.util.List;
import org.caremarket.assistant.entity.Exclusion;
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
        List<Excluded> excluded, List<Result> results) {

    @Schema(name = "AssistantExclusion")
    public record Excluded(Exclusion reason, String description, int count) {
    }

    @Schema(name = "AssistantSearchResult", description = "What a first contact needs, and why the PA ranks where they do.")
    public record Result(String id, @Schema(example = "Amira K.") String displayName, @Schema(example = "LS6") String district,
                         @Schema(description = "Rounded to the kilometre.", example = "3") long distanceKm,
                         List<Skill> skills, RateView hourlyRate,
                         @Schema(description = "Hours of the slots needed that the PA is free.", example = "25") int overlapHours,
                         boolean verified, ChecksView checks,
                         @Schema(description = "Out of 100.", example = "86.5") double score, List<FactorView> factors) {
    }

    @Schema(name = "AssistantFactor", description = "One part of the score: what was compared, its weight, the points it gave and why.")
    public record FactorView(@Schema(example = "availability") String name, @Schema(example = "25 of 25 hours") String value,
                             double weight, double points, String reason) {

        static FactorView of(org.caremarket.assistant.entity.Factor f) {
            return new FactorView(f.name(), f.value(), f.weight(), f.points(), f.reason());
        }
    }
}
