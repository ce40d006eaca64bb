package org.caremarket.brokerage.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;

/**
 * What a match is sought for, taken once from a care package: an immutable value the matcher reads
 * on every request without touching the database.
 */
public record Criteria(String packageId, String councilCode, ServiceKind kind, String lineType, String district,
                       double latitude, double longitude, Double familyLatitude, Double familyLongitude,
                       Set<Specialism> specialisms, List<Hours> visits, boolean doubleHanded, BigDecimal priceCap,
                       RatingValue minRating, boolean includeNotYetRated, double maxDistanceKm, String currentProviderId,
                       String postcode, String familyPostcode) {

    /** Homecare wanted at one time: a plain value (the entity's embeddables stay with the entity). */
    public record Hours(TimeBand timeBand, Days days, int hoursPerWeek) {
    }

    public static Criteria of(CarePackage p) {
        return new Criteria(p.id(), p.councilCode(), p.kind(), p.lineType(), p.district(), p.latitude(), p.longitude(),
                p.familyLatitude(), p.familyLongitude(), p.specialisms(),
                p.visits().stream().map(v -> new Hours(v.timeBand(), v.days(), v.hoursPerWeek())).toList(), p.doubleHanded(), p.priceCap(),
                p.minRating(), p.includeNotYetRated(), p.maxDistanceKm(), p.currentProviderId(), p.postcode(),
                p.familyPostcode());
    }

    public int hoursPerWeek() {
        return visits.stream().mapToInt(Hours::hoursPerWeek).sum();
    }
}
