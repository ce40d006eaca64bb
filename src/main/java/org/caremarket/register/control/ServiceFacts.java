package org.caremarket.register.control;

import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;

/**
 * What other capabilities need to know of a service, without reaching into the register's entities.
 *
 * @param version the register record's version when these facts were read: it moves with every change of the
 *                record (not with vacancy reports), so a writer can confirm that facts it holds are still current
 */
public record ServiceFacts(String id, String providerId, String providerName, ServiceKind kind, int capacity,
                           RegistrationStatus status, String councilCode, String councilName, String cqcLocationId,
                           String name, String postcode, long version) {

    static ServiceFacts of(CareService s) {
        return new ServiceFacts(s.id(), s.provider().id(), s.provider().name(), s.kind(), s.capacity(), s.status(),
                s.councilCode(), s.councilName(), s.cqcLocationId(), s.name(), s.postcode(), s.version());
    }
}
