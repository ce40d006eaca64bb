package org.caremarket.register.boundary;

import java.time.Instant;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Provider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProviderView", description = "A provider in the register.")
public record ProviderView(
        @Schema(description = "Opaque, stable id.") String id,
        String name,
        String cqcProviderId,
        Ownership ownership,
        String companiesHouseNumber,
        String charityNumber,
        ContactDetails contact,
        @Schema(description = "How many services (of any status) the provider has in the register.") long services,
        Instant createdAt,
        Instant updatedAt) {

    static ProviderView of(Provider p, long services) {
        return new ProviderView(p.id(), p.name(), p.cqcProviderId(), p.ownership(), p.companiesHouseNumber(),
                p.charityNumber(), ContactDetails.of(p.contact()), services, p.createdAt(), p.updatedAt());
    }
}
