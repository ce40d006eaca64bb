package org.caremarket.vacancy.boundary;

import java.time.Instant;
import java.util.List;
import org.caremarket.register.entity.ServiceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaleVacancies", description = "Registered services whose vacancy report is stale or missing, oldest first.")
public record StaleList(
        @Schema(description = "The council, or absent for every council (ADMIN).") String council,
        @Schema(description = "How many days make a report stale.") int staleAfterDays,
        int total,
        List<Item> items) {

    @Schema(name = "StaleVacancy")
    public record Item(String serviceId, String name, ServiceKind kind, String providerId, String providerName,
                       String postcode, String cqcLocationId,
                       @Schema(description = "When the service last reported; absent if it never has.") Instant reportedAt,
                       @Schema(description = "Whole days since the last report; absent if it never has.") Long daysSinceReport) {
    }
}
