package org.caremarket.brokerage.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CarerGender;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.brokerage.entity.OfferStatus;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.register.entity.ServiceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer; to its provider, with the request as a provider may see it. */
@Schema(name = "Offer")
public record OfferView(String id, long version, String packageId, String serviceId, String providerId,
                        @Schema(description = "As it stands now: an open offer past its expiry time is EXPIRED.") OfferStatus status,
                        @Schema(description = "The match score when it was sent (when the service was among the matches).")
                        Double score,
                        Instant sentAt, Instant expiresAt, Instant respondedAt,
                        @Schema(description = "The price accepted, in pounds a week (an hour for homecare).") BigDecimal price,
                        @Schema(description = "true when the price accepted is above the request's price cap: awarding it "
                                + "needs overCapConfirmed.") boolean overPriceCap,
                        DeclineReason declineReason, String note,
                        @Schema(description = "The request as a provider sees it (listed offers and single reads only).")
                        ForProvider carePackage) {

    /**
     * A request as a provider sees it: where only as a postcode district (the full postcode once the
     * package is awarded to this offer), never the council's reference or the family's postcode.
     */
    @Schema(name = "CarePackageForProvider")
    public record ForProvider(String id, PackageStatus status, ServiceKind kind, String district,
                              @Schema(description = "Only once the package is awarded to this offer.") String postcode,
                              LocalDate startDate, Urgency urgency, CarePackageView.NeedsView needs,
                              CarerGender carerGender, String language, String faithOrCulture, Funding funding,
                              CarePackageView.PriceView priceCap, String notes) {

        static ForProvider of(CarePackage p, Offer offer) {
            boolean awardedHere = offer.id().equals(p.awardedOfferId());
            return new ForProvider(p.id(), p.status(), p.kind(), p.district(), awardedHere ? p.postcode() : null,
                    p.startDate(), p.urgency(), CarePackageView.needs(p), p.carerGender(), p.language(), p.faithOrCulture(),
                    p.funding(), CarePackageView.PriceView.of(p.priceCap(), p.kind()), p.notes());
        }
    }

    /** An offer; with {@code p}, the request as its provider sees it; {@code priceCap} is the request's cap. */
    static OfferView of(Offer o, CarePackage p, BigDecimal priceCap, Instant now) {
        return new OfferView(o.id(), o.version(), o.packageId(), o.serviceId(), o.providerId(), o.status(now), o.score(),
                o.sentAt(), o.expiresAt(), o.respondedAt(), o.price(), o.overPriceCap(priceCap), o.declineReason(), o.note(),
                p == null ? null : ForProvider.of(p, o));
    }
}
