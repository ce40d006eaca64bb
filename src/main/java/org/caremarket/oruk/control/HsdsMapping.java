package org.caremarket.oruk.control;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caremarket.register.control.DirectoryEntry;
import org.caremarket.register.control.ProviderListing;
import org.caremarket.register.entity.CapacityUnit;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.Specialism;

/**
 * How the register's records read as HSDS objects (R13.3): a provider is an organization, with its CQC provider id,
 * Companies House and charity numbers as organization identifiers; a care service is a service at one physical
 * location; its kind, specialisms, CQC ratings and vacancy status are attributes pointing at the feed's own taxonomy
 * terms; its capacity and vacancies are an HSDS 3.1 capacity. Every derived id (location, address, contact,
 * attribute, capacity) is a name-based UUID of the record's own id, so it never changes.
 */
final class HsdsMapping {

    /** A plain address, as the JSON Schema "email" format accepts it; anything else is left out rather than sent. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private HsdsMapping() {
    }

    static String status(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> "active";
            case DORMANT -> "temporarily closed";
            case DEREGISTERED -> "defunct";
        };
    }

    static Hsds.Organization organization(ProviderListing p, List<Hsds.Service> services) {
        List<Hsds.OrganizationIdentifier> identifiers = new ArrayList<>();
        if (p.cqcProviderId() != null) {
            identifiers.add(identifier(p.id(), "CQC", "CQC provider ID", p.cqcProviderId()));
        }
        if (p.companiesHouseNumber() != null) {
            identifiers.add(identifier(p.id(), "GB-COH", "Companies House number", p.companiesHouseNumber()));
        }
        if (p.charityNumber() != null) {
            identifiers.add(identifier(p.id(), "GB-CHC", "Charity Commission number", p.charityNumber()));
        }
        return new Hsds.Organization(p.id(), p.name(), organizationDescription(p), email(p.email()), url(p.website()),
                services == null ? null : identifiers, services);
    }

    private static Hsds.OrganizationIdentifier identifier(String organizationId, String scheme, String type, String value) {
        return new Hsds.OrganizationIdentifier(Vocabulary.id("organization-identifier", organizationId + ":" + scheme),
                organizationId, scheme, type, value);
    }

    private static String organizationDescription(ProviderListing p) {
        String owner = switch (p.ownership()) {
            case PRIVATE -> "An independent (private) provider";
            case VOLUNTARY -> "A voluntary sector provider";
            case COUNCIL -> "A council-run provider";
            case NHS -> "An NHS provider";
        };
        return owner + " of adult social care" + (p.cqcProviderId() == null ? "." : ", registered with the Care "
                + "Quality Commission as provider " + p.cqcProviderId() + ".");
    }

    /** A service as list pages show it: its one-to-one fields, and its capacity. */
    static Hsds.Service serviceItem(DirectoryEntry s) {
        return new Hsds.Service(s.id(), s.providerId(), s.name(), description(s), url(s.website()), email(s.email()),
                status(s.status()), time(s.changedAt()), null, null, null, null, List.of(capacity(s)));
    }

    /** A service with everything the profile nests in it. */
    static Hsds.Service serviceFull(DirectoryEntry s, ProviderListing provider, Instant freshSince, boolean withLocations) {
        return new Hsds.Service(s.id(), s.providerId(), s.name(), description(s), url(s.website()), email(s.email()),
                status(s.status()), time(s.changedAt()),
                withLocations ? List.of(new Hsds.ServiceAtLocation(serviceAtLocationId(s.id()), s.id(),
                        locationId(s.id()), location(s, true), null)) : null,
                provider == null ? null : organization(provider, null), contacts(s), attributes(s, freshSince),
                List.of(capacity(s)));
    }

    static Hsds.ServiceAtLocation serviceAtLocationItem(DirectoryEntry s) {
        return new Hsds.ServiceAtLocation(serviceAtLocationId(s.id()), s.id(), locationId(s.id()), location(s, false),
                serviceItem(s));
    }

    static Hsds.ServiceAtLocation serviceAtLocationFull(DirectoryEntry s, ProviderListing provider, Instant freshSince) {
        return new Hsds.ServiceAtLocation(serviceAtLocationId(s.id()), s.id(), locationId(s.id()), location(s, true),
                serviceFull(s, provider, freshSince, false));
    }

    static String serviceAtLocationId(String serviceId) {
        return Vocabulary.id("service-at-location", serviceId);
    }

    static String locationId(String serviceId) {
        return Vocabulary.id("location", serviceId);
    }

    private static Hsds.Location location(DirectoryEntry s, boolean full) {
        String id = locationId(s.id());
        String street = s.addressLine2() == null || s.addressLine2().isBlank() ? s.addressLine1()
                : s.addressLine1() + ", " + s.addressLine2();
        String city = s.town() == null || s.town().isBlank() ? s.councilName() : s.town();
        return new Hsds.Location(id, "physical", s.name(), precisionNote(s),
                s.latitude(), s.longitude(), s.cqcLocationId(), s.cqcLocationId() == null ? null : "CQC location ID",
                full ? List.of(new Hsds.Address(Vocabulary.id("address", s.id()), id, street, city, s.councilName(),
                        s.postcode(), "GB", "physical")) : null);
    }

    private static String precisionNote(DirectoryEntry s) {
        return switch (s.precision()) {
            case EXACT -> "Coordinates of the postcode " + s.postcode() + ".";
            default -> "Approximate coordinates: the centre of the postcode district of " + s.postcode() + ".";
        };
    }

    private static List<Hsds.Contact> contacts(DirectoryEntry s) {
        if (s.phone() == null || s.phone().isBlank()) {
            return List.of();
        }
        String contactId = Vocabulary.id("contact", s.id());
        return List.of(new Hsds.Contact(contactId, s.id(), s.name(),
                List.of(new Hsds.Phone(Vocabulary.id("phone", s.id()), contactId, s.phone()))));
    }

    private static List<Hsds.Attribute> attributes(DirectoryEntry s, Instant freshSince) {
        Vocabulary v = Vocabulary.INSTANCE;
        List<Hsds.Attribute> attributes = new ArrayList<>();
        attributes.add(attribute(s.id(), v.term(Vocabulary.SERVICE_KIND, s.kind().name()), null));
        for (Specialism specialism : s.specialisms().stream().sorted().toList()) {
            attributes.add(attribute(s.id(), v.term(Vocabulary.SPECIALISM, specialism.name()), null));
        }
        String ratedOn = s.ratedOn() == null ? null : s.ratedOn().toString();
        attributes.add(attribute(s.id(), v.term(Vocabulary.CQC_OVERALL, s.overall().name()), ratedOn));
        RatingValue[] keyQuestions = {s.safe(), s.effective(), s.caring(), s.responsive(), s.wellLed()};
        for (int i = 0; i < keyQuestions.length; i++) {
            attributes.add(attribute(s.id(), v.term(Vocabulary.CQC_KEY_QUESTIONS,
                    Vocabulary.KEY_QUESTIONS.get(i) + ":" + keyQuestions[i].name()), ratedOn));
        }
        attributes.add(attribute(s.id(), v.term(Vocabulary.VACANCY, vacancyStatus(s, freshSince)),
                s.availability() == null ? null : time(s.availability().reportedAt())));
        return attributes;
    }

    /** The vacancy term of a service: a recent report of something available while registered and accepting. */
    static String vacancyStatus(DirectoryEntry s, Instant freshSince) {
        if (s.availability() == null || s.availability().reportedAt().isBefore(freshSince)) {
            return Vocabulary.NOT_REPORTED;
        }
        return s.status() == RegistrationStatus.REGISTERED && s.availability().accepting() && s.availability().available() > 0
                ? Vocabulary.HAS_VACANCY : Vocabulary.NO_VACANCY;
    }

    /** The taxonomy term ids a service is tagged with, for the filters. */
    static List<String> termIds(DirectoryEntry s, Instant freshSince) {
        return attributes(s, freshSince).stream().map(Hsds.Attribute::taxonomyTermId).toList();
    }

    private static Hsds.Attribute attribute(String serviceId, Hsds.TaxonomyTerm term, String value) {
        return new Hsds.Attribute(Vocabulary.id("attribute", serviceId + ":" + term.id()), serviceId, "service",
                term.id(), term, value);
    }

    private static Hsds.Capacity capacity(DirectoryEntry s) {
        CapacityUnit unit = s.kind().capacityUnit();
        String unitName = unit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        Hsds.Unit hsdsUnit = new Hsds.Unit(Vocabulary.id("unit", unit.name()), unitName, "CareMarket capacity unit", unit.name());
        if (s.availability() == null) {
            return new Hsds.Capacity(Vocabulary.id("capacity", s.id()), s.id(), hsdsUnit, null, s.capacity(),
                    "Registered capacity in " + unitName + "; the provider has not reported vacancies.", null);
        }
        String types = s.availability().types().isEmpty() ? "" : " Available: " + String.join(", ",
                s.availability().types().stream().sorted().map(t -> t.toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ".";
        return new Hsds.Capacity(Vocabulary.id("capacity", s.id()), s.id(), hsdsUnit, s.availability().available(),
                s.capacity(), "Available now and registered capacity, in " + unitName + ", as the provider last reported"
                + (s.availability().accepting() ? "." : "; not accepting referrals.") + types,
                time(s.availability().reportedAt()));
    }

    private static String description(DirectoryEntry s) {
        StringBuilder text = new StringBuilder(Vocabulary.kindName(s.kind()));
        if (s.town() != null && !s.town().isBlank()) {
            text.append(" in ").append(s.town());
        }
        text.append('.');
        if (s.overall() == RatingValue.NOT_YET_RATED) {
            text.append(" Not yet rated by the Care Quality Commission.");
        } else {
            text.append(" Rated ").append(Vocabulary.words(s.overall().name()).toLowerCase(Locale.ROOT))
                    .append(" overall by the Care Quality Commission");
            if (s.ratedOn() != null) {
                text.append(" (report published ").append(s.ratedOn()).append(')');
            }
            text.append('.');
        }
        return text.toString();
    }

    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** An http(s) address as published, with https:// put in front of a bare host; left out when it is not a URL. */
    static String url(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String candidate = text.strip().matches("(?i)https?://.*") ? text.strip() : "https://" + text.strip();
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null ? null : uri.toASCIIString();
        } catch (java.net.URISyntaxException notAUrl) {
            return null;
        }
    }

    static String email(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches() ? text.strip() : null;
    }
}
