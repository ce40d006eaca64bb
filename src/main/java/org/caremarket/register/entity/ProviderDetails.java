package org.caremarket.register.entity;

/** What a provider record says, as a whole; the boundary builds it from a checked request. */
public record ProviderDetails(String name, String cqcProviderId, Ownership ownership, String companiesHouseNumber,
                              String charityNumber, Contact contact) {
}
