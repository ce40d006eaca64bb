package org.caremarket.brokerage.control;

import java.math.BigDecimal;
import java.time.Instant;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.register.entity.ServiceKind;

/**
 * One care-package request as the market's sufficiency figures read it (sufficiency's read model of brokerage):
 * what was asked for, where (postcode district, never the postcode), who pays, how it ended and when, and for an
 * award the service and the price accepted (per week for a bed, unit, placement or place; per hour for homecare).
 */
public record PackageFact(String id, ServiceKind kind, String district, Funding funding, Urgency urgency,
                          PackageStatus status, Instant createdAt, Instant closedAt, int offersSent,
                          String awardedServiceId, BigDecimal awardedPrice, int hoursPerWeek) {
}
