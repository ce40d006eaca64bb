package org.caremarket.register.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.caremarket.geo.entity.Precision;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * What a public directory shows of one service, detached from the database: the record as published (address,
 * contact, CQC rating with its report date, specialisms, capacity), its latest vacancy summary when it has reported
 * one, and {@code changedAt}, the stamp every change of any of that moves (as for {@link ServiceProfile}).
 */
public record DirectoryEntry(String id, String providerId, String name, ServiceKind kind, RegistrationStatus status,
                             String cqcLocationId, String addressLine1, String addressLine2, String town,
                             String postcode, String councilName, double latitude, double longitude,
                             Precision precision, String phone, String email, String website, RatingValue overall,
                             RatingValue safe, RatingValue effective, RatingValue caring, RatingValue responsive,
                             RatingValue wellLed, LocalDate ratedOn, Set<Specialism> specialisms, int capacity,
                             Availability availability, Instant changedAt) {
}
