package org.caremarket.web.control;

import java.util.List;
import java.util.Set;
import org.caremarket.register.entity.CapacityUnit;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.Specialism;

/** One care service's page: who runs it, where, its CQC ratings and their history, capacity and vacancies. */
public record ServiceDetail(ServiceSummary summary, String cqcLocationId, String councilName, RegistrationStatus status,
                            Ratings rating, List<Ratings> history, Set<Specialism> specialisms, int capacity,
                            CapacityUnit unit, String phone, String email, String website) {
}
