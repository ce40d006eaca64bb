package org.caremarket.register.control;

import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;

/** What bringing one location into step with CQC did to the register. */
public record Reconciled(String cqcLocationId, String serviceId, Change change, RatingValue ratingBefore,
                         RatingValue ratingAfter, RegistrationStatus statusBefore, RegistrationStatus statusAfter,
                         String councilCode, String serviceName, boolean providerCreated) {

    public enum Change {
        CREATED, UPDATED, UNCHANGED,
        /** CQC lists the location as deregistered and the register never held it: nothing to keep. */
        SKIPPED
    }
}
