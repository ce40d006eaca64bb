package org.caremarket.brokerage.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.caremarket.brokerage.entity.MatchExclusion;
import org.caremarket.brokerage.entity.MatchFactor;
import org.caremarket.brokerage.entity.Matching;
import org.caremarket.register.entity.RatingValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Matches", description = "The best services for a care package, best first, each with the reasons for its "
        + "score; and the services in the area that were not matched, counted by the first reason that ruled them out.")
public record MatchesView(
        String packageId,
        @Schema(description = "Services of the kind wanted in the council's area or within the distance.") int considered,
        @Schema(description = "How many of them could take the package (the list shows the best 'limit').") int matched,
        List<ExcludedView> excluded,
        List<MatchView> matches) {

    @Schema(name = "MatchExclusion")
    public record ExcludedView(MatchExclusion reason, int count, @Schema(example = "14 rated below the minimum") String description) {
    }

    @Schema(name = "Match")
    public record MatchView(int rank, String serviceId, String name, String providerId, String providerName,
                            String postcode, String councilCode, double distanceKm,
                            @Schema(description = "Out of 100: the weighted mean of the factors.") double score,
                            @Schema(description = "Beds, units, placements or places of the type wanted available now; "
                                    + "for homecare, the wanted hours a week spare at the wanted times.") int available,
                            @Schema(description = "Care homes: reported weekly fee.") BigDecimal weeklyFee,
                            RatingValue rating, Instant vacanciesReportedAt, List<MatchFactor> factors) {
    }

    static MatchesView of(String packageId, Matching.Result result, double maxDistanceKm, int staleAfterDays) {
        List<ExcludedView> excluded = result.excluded().entrySet().stream()
                .map(e -> new ExcludedView(e.getKey(), e.getValue(), e.getKey().describe(e.getValue(), maxDistanceKm,
                        staleAfterDays)))
                .toList();
        List<MatchView> matches = new java.util.ArrayList<>();
        int rank = 1;
        for (Matching.Match m : result.matches()) {
            var s = m.supply();
            matches.add(new MatchView(rank++, s.serviceId(), s.name(), s.providerId(), s.providerName(), s.postcode(),
                    s.councilCode(), m.distanceKm(), m.score(), m.capacity(), s.weeklyFee(), s.overall(), s.reportedAt(),
                    m.factors()));
        }
        return new MatchesView(packageId, result.considered(), result.matched(), excluded, matches);
    }
}
