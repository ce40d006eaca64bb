package org.caremarket.register.control;

import java.time.Instant;
import org.caremarket.register.entity.Ownership;

/** What a public directory shows of one provider, detached from the database. */
public record ProviderListing(String id, String name, Ownership ownership, String cqcProviderId,
                             String companiesHouseNumber, String charityNumber, String phone, String email,
                             String website, Instant updatedAt) {
}
