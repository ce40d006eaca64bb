package org.caremarket.brokerage.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * One service as matching sees it: the register's facts and its current vacancy report, as one
 * immutable value (the in-memory market index holds one per service).
 *
 * @param keyQuestions Safe, Effective, Caring, Responsive, Well-led
 * @param ratingFellFrom the overall rating the current one fell from at its latest report; null when it did not fall
 * @param reportedAt   the provider's latest vacancy report; null when it never reported
 * @param available    beds, units or placements available now by type (supported-living places under "")
 * @param spareHours   homecare hours a week spare, by {@link #hoursKey}
 * @param changedAt    when the database last said anything changed about it
 */
public record Supply(String serviceId, String providerId, String providerName, String name, ServiceKind kind,
                     RegistrationStatus status, String councilCode, String postcode, double latitude, double longitude,
                     RatingValue overall, RatingValue[] keyQuestions, RatingValue ratingFellFrom, Set<Specialism> specialisms, Instant reportedAt,
                     boolean accepting, BigDecimal weeklyFee, boolean doubleHandedCalls, Map<String, Integer> available,
                     Map<String, Integer> spareHours, Instant changedAt) {

    public static String hoursKey(String district, Object timeBand, Object days) {
        return district + "|" + timeBand + "|" + days;
    }

    public boolean hasReported() {
        return reportedAt != null;
    }

    public int available(String type) {
        return available.getOrDefault(type == null ? "" : type, 0);
    }
}
