package org.caremarket.register.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.entity.CapacityUnit;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceView", description = "A care service in the register.")
public record ServiceView(
        @Schema(description = "Opaque, stable id.") String id,
        String providerId,
        String providerName,
        ServiceKind kind,
        String cqcLocationId,
        String name,
        AddressView address,
        LocationView location,
        CouncilRef council,
        RegistrationStatus status,
        RatingView rating,
        @Schema(description = "The overall rating the current one fell from at its latest CQC report (a CQC alert was "
                + "raised); absent when it did not fall.") RatingValue ratingFellFrom,
        @Schema(description = "Earlier ratings, newest first. Only on a single service, not in search results.")
        List<RatingView> ratingHistory,
        Set<Specialism> specialisms,
        CapacityView capacity,
        ContactDetails contact,
        VacancySummary vacancy,
        @Schema(description = "Great-circle distance in km from the search's 'near' place; only in searches near a place.")
        Double distanceKm,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "AddressView")
    public record AddressView(String line1, String line2, String town, String postcode,
                              @Schema(description = "Postcode district (outward code).") String district) {
    }

    @Schema(name = "LocationView", description = "Where the service is, and how exactly that is known.")
    public record LocationView(double latitude, double longitude,
                               @Schema(description = "EXACT: the postcode's own coordinate. DISTRICT_CENTROID: only the postcode district's centre is known.")
                               Precision precision) {
    }

    @Schema(name = "CouncilRef", description = "The council with social care duties for the service's area.")
    public record CouncilRef(@Schema(example = "E08000035") String code, @Schema(example = "Leeds") String name) {
    }

    @Schema(name = "RatingView", description = "A CQC rating, overall and for the five key questions.")
    public record RatingView(RatingValue overall, RatingValue safe, RatingValue effective, RatingValue caring,
                             RatingValue responsive, RatingValue wellLed, LocalDate reportDate,
                             @Schema(description = "When a newer rating replaced this one; only in the history.")
                             Instant replacedAt) {

        static RatingView of(Rating r, Instant replacedAt) {
            return new RatingView(r.overall(), r.safe(), r.effective(), r.caring(), r.responsive(), r.wellLed(),
                    r.reportDate(), replacedAt);
        }
    }

    @Schema(name = "VacancySummary", description = "What the latest vacancy report offers now, and whether it is too old to trust.")
    public record VacancySummary(
            @Schema(description = "Beds, units, placements or places available now; spare homecare hours a week. Absent before the first report.")
            Integer available,
            @Schema(description = "Bed, unit or placement types with something available.") java.util.Set<String> types,
            Boolean accepting,
            Instant reportedAt,
            @Schema(description = "True when the report is older than the configured number of days, or there is none.")
            boolean stale) {

        static VacancySummary of(CareService s, Freshness freshness) {
            return s.availability().map(a -> new VacancySummary(a.available(), a.types(), a.accepting(), a.reportedAt(),
                    freshness.isStale(a.reportedAt()))).orElse(new VacancySummary(null, null, null, null, true));
        }
    }

    @Schema(name = "CapacityView", description = "Registered capacity, in the unit the kind of service counts.")
    public record CapacityView(int amount, CapacityUnit unit) {
    }

    /** The full record of one service, with its rating history. */
    static ServiceView of(CareService s, Freshness freshness) {
        return of(s, freshness, null, s.ratingHistory().stream().map(p -> RatingView.of(p.rating(), p.replacedAt())).toList());
    }

    /** A search result: no history, and the distance when the search was near a place. */
    static ServiceView found(CareService s, Freshness freshness, Double distanceKm) {
        return of(s, freshness, distanceKm, null);
    }

    private static ServiceView of(CareService s, Freshness freshness, Double distanceKm, List<RatingView> history) {
        Coordinate at = s.coordinate();
        return new ServiceView(s.id(), s.provider().id(), s.provider().name(), s.kind(), s.cqcLocationId(), s.name(),
                new AddressView(s.address().line1(), s.address().line2(), s.address().town(), s.postcode(), s.district()),
                new LocationView(at.latitude(), at.longitude(), at.precision()),
                new CouncilRef(s.councilCode(), s.councilName()), s.status(), RatingView.of(s.rating(), null), s.ratingFellFrom(), history,
                s.specialisms(), new CapacityView(s.capacity(), s.kind().capacityUnit()), ContactDetails.of(s.contact()),
                VacancySummary.of(s, freshness), distanceKm, s.createdAt(), s.updatedAt());
    }

}
