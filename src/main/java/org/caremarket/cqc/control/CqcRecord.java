package org.caremarket.cqc.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * One location as a CQC source states it, read but not yet placed: a directory row or an API record.
 *
 * @param line        the line of the file it came from; null for an API record
 * @param serviceTypes CQC's own words, {@code |}-separated, kept with the location
 * @param kinds       the kinds of care among them the register holds; empty: not a service the register holds
 * @param capacity    null when the source does not give one (the directory never does)
 * @param rating      null when the source carries none (the directory never does)
 * @param fingerprint a digest of everything read, to recognise an unchanged record
 */
public record CqcRecord(ImportKind source, Integer line, String locationId, String providerId, String providerName,
                        Ownership ownership, String serviceTypes, Set<ServiceKind> kinds, String name, Address address,
                        String postcode, String localAuthority, RegistrationStatus status, Set<Specialism> specialisms,
                        Integer capacity, String phone, String website, Rating rating, List<Rating> pastRatings,
                        LocalDate lastCheck, String fingerprint) {
}
