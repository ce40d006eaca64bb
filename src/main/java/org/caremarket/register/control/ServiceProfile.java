package org.caremarket.register.control;

import java.time.Instant;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * What matching needs to know of a service from the register: where it is, what it does and how CQC
 * rates it (overall, then Safe, Effective, Caring, Responsive, Well-led), and when any of that (or its
 * vacancies) last changed.
 */
public record ServiceProfile(String id, String providerId, String providerName, String name, ServiceKind kind,
                             RegistrationStatus status, String councilCode, String postcode, String district,
                             double latitude, double longitude, RatingValue overall, RatingValue safe,
                             RatingValue effective, RatingValue caring, RatingValue responsive, RatingValue wellLed,
                             RatingValue ratingFellFrom, Set<Specialism> specialisms, int capacity, Instant changedAt) {
}
