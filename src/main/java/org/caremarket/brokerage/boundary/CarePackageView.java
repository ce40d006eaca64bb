package org.caremarket.brokerage.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CarerGender;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as its council's brokers and commissioners, and the person who made it, see it. */
@Schema(name = "CarePackage")
public record CarePackageView(
        String id, long version, String reference, String councilCode, PackageStatus status, ServiceKind kind,
        @Schema(description = "The person's postcode.") String postcode, String district, LocalDate startDate,
        Urgency urgency, NeedsView needs, PreferencesView preferences, Funding funding, PriceView priceCap,
        RatingValue minRating, boolean includeNotYetRated, double maxDistanceKm, String notes,
        @Schema(description = "The role of the key that made the request: BROKER, PERSON or ADMIN.") String requestedBy,
        Instant createdAt, Instant firstOfferAt, Instant closedAt, CloseReason closeReason, String closeNote,
        String awardedOfferId,
        @Schema(description = "Every offer sent for it, oldest first.") List<OfferView> offers) {

    @Schema(name = "CarePackageNeedsView")
    public record NeedsView(List<Specialism> specialisms,
                            @Schema(description = "The bed, unit or placement type wanted (none for homecare and supported living).")
                            String type,
                            List<VisitView> visits,
                            @Schema(description = "Homecare: hours a week in all.") Integer hoursPerWeek,
                            boolean doubleHandedCalls) {
    }

    @Schema(name = "CarePackageVisitView")
    public record VisitView(TimeBand timeBand, Days days, int hoursPerWeek) {
    }

    @Schema(name = "CarePackagePreferencesView")
    public record PreferencesView(CarerGender carerGender, String language, String faithOrCulture,
                                  @Schema(description = "Not shown to providers.") String nearFamilyPostcode,
                                  String currentProviderId) {
    }

    @Schema(name = "Price", description = "Pounds per week or per hour.")
    public record PriceView(BigDecimal amount, Per per) {

        static PriceView of(BigDecimal amount, ServiceKind kind) {
            return amount == null ? null : new PriceView(amount, kind == ServiceKind.HOMECARE ? Per.HOUR : Per.WEEK);
        }
    }

    /** What a price is for: a week of care, or an hour of homecare. */
    @Schema(name = "PricePeriod")
    public enum Per {
        WEEK, HOUR
    }

    static NeedsView needs(CarePackage p) {
        return new NeedsView(List.copyOf(p.specialisms()), p.lineType(),
                p.visits().stream().map(v -> new VisitView(v.timeBand(), v.days(), v.hoursPerWeek())).toList(),
                p.kind() == ServiceKind.HOMECARE ? p.hoursPerWeek() : null, p.doubleHanded());
    }

    static CarePackageView of(CarePackage p, List<Offer> offers, Instant now) {
        return new CarePackageView(p.id(), p.version(), p.reference(), p.councilCode(), p.status(), p.kind(), p.postcode(),
                p.district(), p.startDate(), p.urgency(), needs(p),
                new PreferencesView(p.carerGender(), p.language(), p.faithOrCulture(), p.familyPostcode(), p.currentProviderId()),
                p.funding(), PriceView.of(p.priceCap(), p.kind()), p.minRating(), p.includeNotYetRated(), p.maxDistanceKm(),
                p.notes(), p.requesterRole(), p.createdAt(), p.firstOfferAt(), p.closedAt(), p.closeReason(), p.closeNote(),
                p.awardedOfferId(), offers.stream().map(o -> OfferView.of(o, null, p.priceCap(), now)).toList());
    }
}
