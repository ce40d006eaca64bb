package org.caremarket.register.control;

import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;

/** What other capabilities need to know of a service, without reaching into the register's entities. */
public record ServiceFacts(String id, String providerId, String providerName, ServiceKind kind, int capacity,
                           RegistrationStatus status, String councilCode, String councilName, String cqcLocationId,
                           String name, String postcode) {

    static ServiceFacts of(CareService s) {
        return new ServiceFacts(s.id(), s.provider().id(), s.provider().name(), s.kind(), s.capacity(), s.status(),
                s.councilCode(), s.councilName(), s.cqcLocationId(), s.name(), s.postcode());
    }
}
