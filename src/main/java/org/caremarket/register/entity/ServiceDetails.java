package org.caremarket.register.entity;

import java.util.Set;

/**
 * What a care service record says, as a whole, apart from where it is (see {@link Siting}); the
 * boundary builds it from a checked request and the CQC import from CQC's data. A null rating
 * leaves the service's rating as it is (not yet rated for a new service).
 */
public record ServiceDetails(ServiceKind kind, String cqcLocationId, String name, Address address,
                             RegistrationStatus status, Rating rating, Set<Specialism> specialisms, int capacity,
                             Contact contact) {
}
