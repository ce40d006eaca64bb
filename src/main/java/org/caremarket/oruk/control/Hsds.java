package org.caremarket.oruk.control;

import java.util.List;

/**
 * The objects of the feed, shaped as the Open Referral UK profile of HSDS 3.0 has them (written with snake_case
 * names: {@code organizationId} is {@code organization_id}; a null field is left out). Two additions the profile
 * allows, as it forbids no extra property: a service's {@code capacities}, shaped as HSDS 3.1's
 * {@code service_capacity}, and an attribute's {@code value} (HSDS 3.0 core), the date its figure was reported.
 */
public final class Hsds {

    private Hsds() {
    }

    public record ApiDetails(String version, String profile, String openapiUrl) {
    }

    public record Page(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                       boolean empty) {
    }

    public record Organization(String id, String name, String description, String email, String website,
                               List<OrganizationIdentifier> organizationIdentifiers, List<Service> services) {
    }

    public record OrganizationIdentifier(String id, String organizationId, String identifierScheme,
                                         String identifierType, String identifier) {
    }

    public record Service(String id, String organizationId, String name, String description, String url,
                          String email, String status, String lastModified, List<ServiceAtLocation> serviceAtLocations,
                          Organization organization, List<Contact> contacts, List<Attribute> attributes,
                          List<Capacity> capacities) {
    }

    public record Contact(String id, String serviceId, String name, List<Phone> phones) {
    }

    public record Phone(String id, String contactId, String number) {
    }

    public record ServiceAtLocation(String id, String serviceId, String locationId, Location location,
                                    Service service) {
    }

    public record Location(String id, String locationType, String name, String description, Double latitude,
                           Double longitude, String externalIdentifier, String externalIdentifierType,
                           List<Address> addresses) {
    }

    public record Address(String id, String locationId, String address_1, String city, String stateProvince,
                          String postalCode, String country, String addressType) {
    }

    public record Attribute(String id, String linkId, String linkType, String taxonomyTermId,
                            TaxonomyTerm taxonomyTerm, String value) {
    }

    public record Capacity(String id, String serviceId, Unit unit, Integer available, Integer maximum,
                           String description, String updated) {
    }

    public record Unit(String id, String name, String scheme, String identifier) {
    }

    public record Taxonomy(String id, String name, String description, String uri, String version,
                           List<TaxonomyTerm> taxonomyTerms) {
    }

    public record TaxonomyTerm(String id, String name, String description, String parentId, String taxonomy,
                               String taxonomyId, String term) {
    }
}
