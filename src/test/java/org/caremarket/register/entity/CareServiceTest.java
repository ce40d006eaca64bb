package org.caremarket.register.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.InvalidInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CareServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Council LEEDS = new Council("E08000035", "Leeds", "Leeds City Council", "MD",
            "Yorkshire and The Humber", "E08000035", true);
    private static final Council CHARNWOOD = new Council("E07000130", "Charnwood", "Charnwood Borough Council", "NMD",
            "East Midlands", "E10000018", false);
    private static final Siting CITY = new Siting(Postcode.parse("LS1 4AP").orElseThrow(),
            new Coordinate(53.79547, -1.55572, Precision.EXACT), LEEDS);

    private final Provider provider = new Provider(new ProviderDetails("Aire Care (test)", null, Ownership.PRIVATE,
            null, null, new Contact(null, null, null)), CLOCK.instant());

    private static Rating rating(RatingValue overall, String date) {
        return new Rating(overall, overall, overall, overall, overall, overall, date == null ? null : LocalDate.parse(date), TODAY);
    }

    private static ServiceDetails details(ServiceKind kind, int capacity, RegistrationStatus status, Rating rating) {
        return new ServiceDetails(kind, "1-123456789", "Park House", new Address("1 Park Row", null, "Leeds"), status,
                rating, EnumSet.of(Specialism.OLDER_PEOPLE), capacity, new Contact(null, null, null));
    }

    private CareService home() {
        return new CareService(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.GOOD, "2024-05-01")), CITY, CLOCK.instant());
    }

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class, names = {"CARE_HOME_NURSING", "CARE_HOME_RESIDENTIAL"})
    @DisplayName("R2.2 a care home must have at least one bed")
    void careHomeNeedsBeds(ServiceKind kind) {
        InvalidInput failure = assertThrows(InvalidInput.class, () -> new CareService(provider,
                details(kind, 0, RegistrationStatus.REGISTERED, Rating.notYetRated()), CITY, CLOCK.instant()));
        assertEquals("capacity", failure.errors().get(0).field());
    }

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class, names = {"HOMECARE", "EXTRA_CARE", "SUPPORTED_LIVING", "SHARED_LIVES"})
    @DisplayName("R2.2 other kinds may have no spare capacity at all, counted in their own unit")
    void otherKindsMayBeEmpty(ServiceKind kind) {
        CareService service = new CareService(provider, details(kind, 0, RegistrationStatus.REGISTERED,
                Rating.notYetRated()), CITY, CLOCK.instant());
        assertEquals(0, service.capacity());
        assertTrue(kind.capacityUnit() != CapacityUnit.BEDS);
    }

    @Test
    @DisplayName("R2.2 capacity is never negative or implausible")
    void capacityBounds() {
        assertThrows(InvalidInput.class, () -> new CareService(provider, details(ServiceKind.HOMECARE, -1,
                RegistrationStatus.REGISTERED, Rating.notYetRated()), CITY, CLOCK.instant()));
        assertThrows(InvalidInput.class, () -> new CareService(provider, details(ServiceKind.CARE_HOME_RESIDENTIAL, 2001,
                RegistrationStatus.REGISTERED, Rating.notYetRated()), CITY, CLOCK.instant()));
    }

    @Test
    @DisplayName("R2.3 a council without social care duties cannot be responsible for a service")
    void socialCareCouncil() {
        Siting district = new Siting(CITY.postcode(), CITY.district(), CITY.coordinate(), CHARNWOOD);
        InvalidInput failure = assertThrows(InvalidInput.class, () -> new CareService(provider,
                details(ServiceKind.HOMECARE, 10, RegistrationStatus.REGISTERED, Rating.notYetRated()), district,
                CLOCK.instant()));
        assertTrue(failure.errors().get(0).message().contains("E10000018"));
    }

    @Test
    @DisplayName("R2.4 a new rating moves the old one into the history, newest first")
    void ratingHistory() {
        CareService home = home();
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.REQUIRES_IMPROVEMENT, "2025-01-10")), CITY, CLOCK.instant());
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.OUTSTANDING, "2026-02-02")), CITY, CLOCK.instant());
        assertEquals(RatingValue.OUTSTANDING, home.rating().overall());
        assertEquals(2, home.ratingHistory().size());
        assertEquals(RatingValue.REQUIRES_IMPROVEMENT, home.ratingHistory().get(0).rating().overall());
        assertEquals(RatingValue.GOOD, home.ratingHistory().get(1).rating().overall());
    }

    @Test
    @DisplayName("R2.4 R8.6 a rating that falls notes what it fell from; one that rises or holds clears it")
    void ratingFell() {
        CareService home = home();
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.INADEQUATE, "2025-01-10")), CITY, CLOCK.instant());
        assertEquals(RatingValue.GOOD, home.ratingFellFrom());
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.REQUIRES_IMPROVEMENT, "2025-09-10")), CITY, CLOCK.instant());
        assertNull(home.ratingFellFrom());
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.NOT_YET_RATED, "2026-01-10")), CITY, CLOCK.instant());
        assertNull(home.ratingFellFrom(), "not yet rated is not a fall");
    }

    @Test
    @DisplayName("R8.1 from CQC's directory a care home may start with its beds unknown; through the API it may not")
    void bedsUnknownFromCqc() {
        ServiceDetails noBeds = details(ServiceKind.CARE_HOME_RESIDENTIAL, 0, RegistrationStatus.REGISTERED, null);
        assertEquals(0, CareService.registeredByCqc(provider, noBeds, CITY, CLOCK.instant()).capacity());
        assertThrows(InvalidInput.class, () -> new CareService(provider, noBeds, CITY, CLOCK.instant()));
    }

    @Test
    @DisplayName("R8.3 R8.5 CQC's past ratings go into the history once, each replaced when the next was published")
    void pastRatingsFromCqc() {
        CareService home = CareService.registeredByCqc(provider, details(ServiceKind.CARE_HOME_NURSING, 40,
                RegistrationStatus.REGISTERED, rating(RatingValue.OUTSTANDING, "2019-10-31")), CITY, CLOCK.instant());
        java.util.List<Rating> past = java.util.List.of(rating(RatingValue.GOOD, "2017-02-08"),
                rating(RatingValue.REQUIRES_IMPROVEMENT, "2015-01-23"));
        assertEquals(2, home.recordPastRatings(past));
        assertEquals(0, home.recordPastRatings(past), "not twice");
        assertEquals(Instant.parse("2019-10-31T00:00:00Z"), home.ratingHistory().get(0).replacedAt());
        assertEquals(Instant.parse("2017-02-08T00:00:00Z"), home.ratingHistory().get(1).replacedAt());
        assertTrue(home.agreesWith(provider, details(ServiceKind.CARE_HOME_NURSING, 40, RegistrationStatus.REGISTERED,
                rating(RatingValue.OUTSTANDING, "2019-10-31")), CITY));
        assertFalse(home.agreesWith(provider, details(ServiceKind.CARE_HOME_NURSING, 41, RegistrationStatus.REGISTERED,
                null), CITY));
    }

    @Test
    @DisplayName("R2.4 the same rating sent again adds nothing to the history")
    void sameRating() {
        CareService home = home();
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 41, RegistrationStatus.REGISTERED,
                rating(RatingValue.GOOD, "2024-05-01")), CITY, CLOCK.instant());
        assertEquals(0, home.ratingHistory().size());
    }

    @Test
    @DisplayName("R2.4 a rating cannot be replaced by an older one, and none is dated in the future")
    void ratingDates() {
        CareService home = home();
        assertThrows(InvalidInput.class, () -> home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40,
                RegistrationStatus.REGISTERED, rating(RatingValue.INADEQUATE, "2023-01-01")), CITY, CLOCK.instant()));
        assertEquals(RatingValue.GOOD, home.rating().overall());
        assertEquals("Park House", home.name(), "a refused change changes nothing");
        assertThrows(InvalidInput.class, () -> rating(RatingValue.GOOD, "2026-11-25"));
        assertThrows(InvalidInput.class, () -> rating(RatingValue.GOOD, null));
        assertEquals(RatingValue.NOT_YET_RATED, rating(RatingValue.NOT_YET_RATED, null).overall());
    }

    @Test
    @DisplayName("R2.7 a deregistered service keeps its record and cannot be changed")
    void deregistered() {
        CareService home = home();
        home.deregister(CLOCK.instant());
        assertEquals(RegistrationStatus.DEREGISTERED, home.status());
        assertThrows(Conflict.class, () -> home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 40,
                RegistrationStatus.REGISTERED, rating(RatingValue.GOOD, "2024-05-01")), CITY, CLOCK.instant()));
        assertEquals(40, home.capacity());
    }

    @Test
    @DisplayName("R2.7 a service that is not registered cannot take new capacity but may shrink")
    void dormantCapacity() {
        CareService home = home();
        Rating good = rating(RatingValue.GOOD, "2024-05-01");
        assertThrows(Conflict.class, () -> home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 41,
                RegistrationStatus.DORMANT, good), CITY, CLOCK.instant()));
        assertEquals(RegistrationStatus.REGISTERED, home.status(), "a refused change changes nothing");
        home.revise(provider, details(ServiceKind.CARE_HOME_NURSING, 30, RegistrationStatus.DORMANT, good), CITY,
                CLOCK.instant());
        assertEquals(30, home.capacity());
        assertEquals(RegistrationStatus.DORMANT, home.status());
    }

    @Test
    @DisplayName("R2.7 a new service starts registered or dormant")
    void newServiceStatus() {
        assertThrows(InvalidInput.class, () -> new CareService(provider, details(ServiceKind.HOMECARE, 10,
                RegistrationStatus.DEREGISTERED, Rating.notYetRated()), CITY, CLOCK.instant()));
    }

    @Test
    @DisplayName("R2.4 a rating meets a minimum on CQC's scale; not yet rated meets none")
    void ratingScale() {
        assertTrue(RatingValue.OUTSTANDING.meets(RatingValue.GOOD));
        assertTrue(RatingValue.GOOD.meets(RatingValue.GOOD));
        assertTrue(!RatingValue.REQUIRES_IMPROVEMENT.meets(RatingValue.GOOD));
        assertTrue(!RatingValue.NOT_YET_RATED.meets(RatingValue.INADEQUATE));
        assertTrue(RatingValue.INADEQUATE.meets(RatingValue.NOT_YET_RATED), "no minimum");
    }
}
