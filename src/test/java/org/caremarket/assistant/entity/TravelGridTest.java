package org.caremarket.assistant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Search over a hand-made directory around LS6 2AA (53.8180, -1.5650, from the bundled postcode data):
 * every expectation below follows from the coordinates and the weights 40/25/15/10/10.
 */
class TravelGridTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final double LAT = 53.8180;
    static final double LON = -1.5650;

    static Listing pa(String id, double latitude, double longitude, int travelKm, String rate, Week week, long skills,
                      Gender gender, LocalDate verifiedOn, String... travelDistricts) {
        return new Listing(id, id + " A.", "LS6", "E08000035", latitude, longitude, travelKm, travelDistricts, skills,
                new String[] {"english"}, gender, new BigDecimal(rate), new BigDecimal(rate), TODAY.minusDays(10).toEpochDay(),
                week.mask(), DbsLevel.ENHANCED_WITH_ADULTS_BARRED_LIST, TODAY.minusYears(1), false, true, TODAY.plusMonths(6),
                verifiedOn, 3, Instant.parse("2026-11-01T00:00:00Z"));
    }

    static SearchCriteria needing(Week needed, long skills, String maxRate) {
        return new SearchCriteria(LAT, LON, "LS6", needed, skills, maxRate == null ? null : new BigDecimal(maxRate), null, null,
                TODAY, false, 20, new BigDecimal("12.71"), 3);
    }

    static final long MH_MED = Skill.MOVING_AND_HANDLING.bit() | Skill.MEDICATION.bit();
    static final Week MORNINGS = WeekTest.of("WEEKDAYS:MORNING");

    @Test
    @DisplayName("R7.3 PAs in reach who are free then rank by availability, skills, travel, rate and verification, with reasons")
    void ranks() {
        TravelGrid directory = new TravelGrid(List.of(
                // next door, every morning, both skills, £13, verified: nearly full marks
                pa("best", LAT + 0.002, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, TODAY.minusDays(5)),
                // free only Monday and Tuesday mornings, one skill, £14.50, not verified
                pa("partial", LAT + 0.01, LON, 10, "14.50", WeekTest.of("MON:MORNING", "TUE:MORNING"),
                        Skill.MEDICATION.bit(), Gender.MALE, null),
                // evenings only: left out
                pa("evenings", LAT, LON + 0.01, 10, "13.00", WeekTest.of("WEEKDAYS:EVENING"), MH_MED, Gender.FEMALE, null),
                // £16 an hour: over the budget
                pa("dear", LAT, LON - 0.01, 10, "16.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                // in York, 35 km away, travels 10 km: out of reach
                pa("york", 53.9590, -1.0815, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                // in Wakefield, about 18 km away, travels 5 km but names LS6
                pa("named", 53.6830, -1.4980, 5, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null, "LS6")));

        TravelGrid.Outcome found = directory.search(needing(MORNINGS, MH_MED, "15.00"), SearchWeights.DEFAULT, TODAY);

        assertEquals(List.of("best", "named", "partial"), found.results().stream().map(r -> r.listing().id()).toList());
        assertEquals(5, found.inReach());
        assertEquals(3, found.matched());
        assertEquals(Map.of(AssistantExclusion.NOT_FREE_THEN, 1, AssistantExclusion.RATE_ABOVE_BUDGET, 1), found.excluded());

        TravelGrid.Ranked best = found.results().get(0);
        assertEquals(25, best.overlapHours());
        // availability 40 + skills 25 + travel 15 × (1 − 0.22/10) + rate 10 × (15 − 13)/(15 − 12.71) + verification 10
        double travel = 15 * (1 - best.distanceKm() / 10);
        assertEquals(Math.round((40 + 25 + travel + 10 * 2.0 / 2.29 + 10) * 10) / 10.0, best.score(), 1e-9);
        List<AssistantFactor> factors = Ranking.explain(best, needing(MORNINGS, MH_MED, "15.00"), SearchWeights.DEFAULT, TODAY);
        assertEquals(List.of("availability", "skills", "travel", "rate", "verification"), factors.stream().map(AssistantFactor::name).toList());
        assertEquals("Free at every time needed (weekday mornings).", factors.get(0).reason());
        assertEquals("Has every skill asked for: moving and handling, medication.", factors.get(1).reason());
        assertEquals("Asks from £13.00, £2.00 an hour under the £15.00 budget.", factors.get(3).reason());
        assertTrue(factors.get(4).reason().startsWith("A council saw their documents on 2026-11-24"), factors.get(4).reason());

        TravelGrid.Ranked partial = found.results().get(2);
        assertEquals(10, partial.overlapHours());
        List<AssistantFactor> why = Ranking.explain(partial, needing(MORNINGS, MH_MED, "15.00"), SearchWeights.DEFAULT, TODAY);
        assertEquals("Free for 10 of the 25 hours needed: Monday morning, Tuesday morning.", why.get(0).reason());
        assertEquals(16.0, why.get(0).points(), 1e-9);
        assertEquals("Has 1 of the 2 skills asked for; not moving and handling.", why.get(1).reason());
        assertEquals(12.5, why.get(1).points(), 1e-9);

        TravelGrid.Ranked named = found.results().get(1);
        assertTrue(named.distanceKm() > 5, "named travels by district, not by distance");
        assertEquals(7.5, named.parts()[Ranking.TRAVEL], 1e-9);
    }

    @Test
    @DisplayName("R7.3 gender, language, start date and verified-only leave PAs out, each counted under its reason")
    void filters() {
        Listing later = new Listing("later", "Later B.", "LS6", "E08000035", LAT, LON, 10, new String[0], MH_MED,
                new String[] {"english", "urdu"}, Gender.FEMALE, new BigDecimal("13.00"), new BigDecimal("13.00"),
                TODAY.plusDays(30).toEpochDay(), MORNINGS.mask(), null, null, false, true, null, null, 1, Instant.EPOCH);
        TravelGrid directory = new TravelGrid(List.of(later,
                pa("man", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.MALE, null),
                pa("unverified", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                pa("verified", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, TODAY)));
        SearchCriteria c = new SearchCriteria(LAT, LON, "LS6", MORNINGS, 0, null, null, Gender.FEMALE, TODAY, true, 20,
                new BigDecimal("12.71"), 3);
        TravelGrid.Outcome found = directory.search(c, SearchWeights.DEFAULT, TODAY);
        assertEquals(List.of("verified"), found.results().stream().map(r -> r.listing().id()).toList());
        assertEquals(Map.of(AssistantExclusion.STARTS_LATER, 1, AssistantExclusion.GENDER, 1, AssistantExclusion.NOT_VERIFIED, 1), found.excluded());

        SearchCriteria urdu = new SearchCriteria(LAT, LON, "LS6", MORNINGS, 0, null, "urdu", null, TODAY.plusDays(31), false,
                20, new BigDecimal("12.71"), 3);
        assertEquals(List.of("later"), directory.search(urdu, SearchWeights.DEFAULT, TODAY).results().stream()
                .map(r -> r.listing().id()).toList());
    }

    @Test
    @DisplayName("R7.3 the limit keeps the best, ties broken by id")
    void limit() {
        TravelGrid directory = new TravelGrid(List.of(
                pa("c", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                pa("a", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                pa("b", LAT, LON, 10, "13.00", MORNINGS, MH_MED, Gender.FEMALE, null),
                pa("worse", LAT, LON, 10, "13.00", MORNINGS, 0, Gender.FEMALE, null)));
        SearchCriteria two = new SearchCriteria(LAT, LON, "LS6", MORNINGS, MH_MED, null, null, null, TODAY, false, 2,
                new BigDecimal("12.71"), 3);
        assertEquals(List.of("a", "b"), directory.search(two, SearchWeights.DEFAULT, TODAY).results().stream()
                .map(r -> r.listing().id()).toList());
    }

    @Test
    @DisplayName("R7.3 reach by the chord on the sphere agrees with the great circle: distances to a metre, limits exactly")
    void chordDistances() {
        double[][] places = {{53.8204, -1.5765}, {53.7960, -1.5525}, {53.9590, -1.0815}, {52.6321, -1.1250}, {51.5010, -0.1416},
                {53.6830, -1.4980}};
        for (double[] a : places) {
            for (double[] b : places) {
                double[] p = TravelGrid.unit(a[0], a[1]);
                double[] q = TravelGrid.unit(b[0], b[1]);
                double chord2 = (p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]);
                double km = org.caremarket.geo.entity.Coordinate.distanceKm(a[0], a[1], b[0], b[1]);
                assertEquals(km, TravelGrid.kilometres(chord2), km < 60 ? 0.001 : 0.5, a[0] + "," + a[1] + " to " + b[0] + "," + b[1]);
            }
        }
        // LS6 2AA to LS1 1AA is 3.1 km: a PA at LS1 1AA who travels 3 km is out of reach, one who travels 4 km in
        assertEquals(3.1, org.caremarket.geo.entity.Coordinate.distanceKm(53.82036, -1.57650, 53.79617, -1.55254), 0.05);
        TravelGrid directory = new TravelGrid(List.of(pa("three", 53.79617, -1.55254, 3, "13.00", MORNINGS, 0, Gender.FEMALE, null),
                pa("four", 53.79617, -1.55254, 4, "13.00", MORNINGS, 0, Gender.FEMALE, null)));
        SearchCriteria c = new SearchCriteria(53.82036, -1.57650, "LS6", MORNINGS, 0, null, null, null, TODAY, false, 20,
                new BigDecimal("12.71"), 3);
        assertEquals(List.of("four"), directory.search(c, SearchWeights.DEFAULT, TODAY).results().stream()
                .map(r -> r.listing().id()).toList());
    }

    @Test
    @DisplayName("R7.2 checks: a DBS certificate past the renewal period counts unless on the update service; insurance by expiry")
    void checks() {
        Checks old = Checks.on(TODAY, 3, DbsLevel.ENHANCED, TODAY.minusYears(4), false, true, TODAY.minusDays(1), TODAY);
        assertEquals(CheckStatus.EXPIRED, old.dbs());
        assertEquals(CheckStatus.EXPIRED, old.insurance());
        assertTrue(old.verified() && !old.verifiedAndCurrent());
        Checks updated = Checks.on(TODAY, 3, DbsLevel.ENHANCED, TODAY.minusYears(4), true, true, TODAY, TODAY);
        assertEquals(CheckStatus.CURRENT, updated.dbs());
        assertEquals(CheckStatus.CURRENT, updated.insurance());
        assertTrue(updated.verifiedAndCurrent());
        assertEquals(CheckStatus.NONE, Checks.on(TODAY, 3, null, null, false, false, null, null).dbs());
    }
}
