package org.caremarket.register.control;

import java.time.Instant;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;

/**
 * A service as the market's sufficiency figures read it (sufficiency's read model of the register): what it is,
 * where (postcode district), how big, how CQC rates it overall, and when it was first recorded here and last
 * changed (for a deregistered service, when it was deregistered or last changed before that).
 */
public record MarketService(String id, String providerId, String providerName, ServiceKind kind,
                            RegistrationStatus status, String councilCode, String district, RatingValue rating,
                            int capacity, Instant recordedAt, Instant changedAt) {
}
