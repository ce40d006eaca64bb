package org.caremarket.register.control;

import java.util.List;
import java.util.Set;
import org.caremarket.geo.entity.Located;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * One CQC location as the regulator publishes it, in the register's terms: what the CQC import hands the register.
 *
 * @param cqcProviderId blank when CQC's file gives none: the provider is then found by its exact name
 * @param providerName  null when the source does not name the provider: the register keeps the name it has, and
 *                      names a new provider after its CQC id until CQC's provider record is imported
 * @param ownership     for a provider the register does not know yet (private when null)
 * @param kinds         every kind of care CQC lists for the location; the register keeps one (see
 *                      {@link RegulatorRecords#kindFor})
 * @param capacity      registered beds, units, places or hours; null when CQC's record does not say
 * @param rating        the current rating; null when CQC's record carries none (the register keeps its own)
 * @param pastRatings   earlier ratings, newest first
 */
public record RegulatedLocation(String cqcLocationId, String cqcProviderId, String providerName, Ownership ownership,
                                Set<ServiceKind> kinds, String name, Address address, Located place, String councilCode,
                                RegistrationStatus status, Set<Specialism> specialisms, Integer capacity, String phone,
                                String website, Rating rating, List<Rating> pastRatings) {
}
