package org.caremarket.cqc.boundary;

import java.time.Instant;
import org.caremarket.cqc.entity.AlertKind;
import org.caremarket.cqc.entity.CqcAlert;
import org.caremarket.register.entity.RatingValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CqcAlert", description = "A change in CQC's record of a service its council should know about.")
public record AlertView(String id,
                        @Schema(description = "RATING_FELL: the overall rating fell; DEREGISTERED: CQC no longer registers "
                                + "it; DORMANT: registered but providing no care. Deregistered and dormant services are "
                                + "left out of search and matching.") AlertKind kind,
                        String serviceId, String cqcLocationId, String serviceName, String councilCode,
                        RatingValue ratingBefore, RatingValue ratingAfter, String detail,
                        @Schema(description = "The import that found the change.") String importId, Instant raisedAt) {

    static AlertView of(CqcAlert a) {
        return new AlertView(a.id(), a.kind(), a.serviceId(), a.cqcLocationId(), a.serviceName(), a.councilCode(),
                a.ratingBefore(), a.ratingAfter(), a.detail(), a.importId(), a.raisedAt());
    }
}
