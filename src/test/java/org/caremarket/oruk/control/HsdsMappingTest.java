package org.caremarket.oruk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.caremarket.geo.entity.Precision;
import org.caremarket.register.control.DirectoryEntry;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsdsMappingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Instant FRESH_SINCE = NOW.minus(Duration.ofDays(7));

    private static DirectoryEntry service(RegistrationStatus status, Availability availability) {
        return new DirectoryEntry("6a1c7f55-3f0c-4a43-9d58-7c2f0d0fb8a1", "9cadee1b-5db3-4828-8a63-466da36515d3",
                "Oak House", ServiceKind.CARE_HOME_NURSING, status, "1-101", "1 Park Square East", null, "Leeds", "LS1 2NE",
                "Leeds", 53.8, -1.55, Precision.EXACT, "0113 496 0000", "oak@example.org", "oakhouse.example",
                RatingValue.GOOD, RatingValue.GOOD, RatingValue.GOOD, RatingValue.OUTSTANDING, RatingValue.GOOD,
                RatingValue.REQUIRES_IMPROVEMENT, LocalDate.of(2024, 5, 1), Set.of(), 40, availability, NOW);
    }

    @ParameterizedTest
    @CsvSource({"REGISTERED, active", "DORMANT, temporarily closed", "DEREGISTERED, defunct"})
    @DisplayName("R13.3 registered is active, dormant temporarily closed, deregistered defunct")
    void status(RegistrationStatus status, String hsds) {
        assertEquals(hsds, HsdsMapping.status(status));
        assertEquals(hsds, HsdsMapping.serviceItem(service(status, null)).status());
    }

    @Test
    @DisplayName("R13.3 has a vacancy now only with a fresh report of something available, registered and accepting")
    void vacancyStatus() {
        Instant recent = NOW.minus(Duration.ofHours(2));
        assertEquals(Vocabulary.HAS_VACANCY, HsdsMapping.vacancyStatus(service(RegistrationStatus.REGISTERED,
                new Availability(2, Set.of("NURSING"), true, recent)), FRESH_SINCE));
        assertEquals(Vocabulary.NO_VACANCY, HsdsMapping.vacancyStatus(service(RegistrationStatus.REGISTERED,
                new Availability(0, Set.of(), true, recent)), FRESH_SINCE));
        assertEquals(Vocabulary.NO_VACANCY, HsdsMapping.vacancyStatus(service(RegistrationStatus.REGISTERED,
                new Availability(2, Set.of("NURSING"), false, recent)), FRESH_SINCE));
        assertEquals(Vocabulary.NO_VACANCY, HsdsMapping.vacancyStatus(service(RegistrationStatus.DORMANT,
                new Availability(2, Set.of("NURSING"), true, recent)), FRESH_SINCE));
        assertEquals(Vocabulary.NOT_REPORTED, HsdsMapping.vacancyStatus(service(RegistrationStatus.REGISTERED,
                new Availability(2, Set.of("NURSING"), true, NOW.minus(Duration.ofDays(8)))), FRESH_SINCE));
        assertEquals(Vocabulary.NOT_REPORTED, HsdsMapping.vacancyStatus(service(RegistrationStatus.REGISTERED, null), FRESH_SINCE));
    }

    @Test
    @DisplayName("R13.3 capacity: available and maximum in the kind's unit, updated when the provider reported; none reported, no figure")
    void capacity() {
        Instant reported = NOW.minus(Duration.ofHours(2));
        Hsds.Capacity capacity = HsdsMapping.serviceItem(service(RegistrationStatus.REGISTERED,
                new Availability(3, Set.of("NURSING"), true, reported))).capacities().get(0);
        assertEquals(3, capacity.available());
        assertEquals(40, capacity.maximum());
        assertEquals("beds", capacity.unit().name());
        assertEquals("2026-12-05T10:00:00Z", capacity.updated());
        Hsds.Capacity none = HsdsMapping.serviceItem(service(RegistrationStatus.REGISTERED, null)).capacities().get(0);
        assertNull(none.available());
        assertNull(none.updated());
        assertEquals(capacity.id(), none.id(), "the capacity's id is its service's, whatever the figures");
    }

    @Test
    @DisplayName("R13.3 a website without a scheme gets https://; what is not a URL or an address is left out")
    void contacts() {
        assertEquals("https://oakhouse.example", HsdsMapping.url("oakhouse.example"));
        assertEquals("http://oak.example/care", HsdsMapping.url(" http://oak.example/care "));
        assertNull(HsdsMapping.url("not a url"));
        assertNull(HsdsMapping.url(""));
        assertEquals("oak@example.org", HsdsMapping.email("oak@example.org"));
        assertNull(HsdsMapping.email("email-example_com"));
        assertNull(HsdsMapping.email("oak@"));
    }

    @Test
    @DisplayName("R13.4 ids derived from a record are the same every time, and differ between records and kinds")
    void stableIds() {
        assertEquals(Vocabulary.id("location", "a"), Vocabulary.id("location", "a"));
        assertEquals(HsdsMapping.locationId("6a1c7f55-3f0c-4a43-9d58-7c2f0d0fb8a1"),
                HsdsMapping.serviceAtLocationItem(service(RegistrationStatus.DORMANT, null)).locationId());
        assertEquals(false, Vocabulary.id("location", "a").equals(Vocabulary.id("address", "a")));
        assertEquals("3", Vocabulary.id("location", "a").substring(14, 15), "a name-based (version 3) UUID");
    }
}
