package org.caremarket.sufficiency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.vacancy.control.OccupancyPoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A small market in one council, every figure known, so each indicator can be checked against its formula by hand.
 * <ul>
 *   <li>Population (every year 2026–2046): 100 persons at each age 0–74, 50 at each age 75–89, 200 aged 90+. So
 *       75+ = 15 × 50 + 200 = 950; 85+ = 5 × 50 + 200 = 450; 65+ = 10 × 100 + 950 = 1,950; 18–64 = 47 × 100 = 4,700.</li>
 *   <li>Homes: H1 nursing 40 beds Good (available 3, held 1, closed 2: occupied 34); H2 residential 20 beds Requires
 *       improvement (available 5: occupied 15); H3 residential 10 beds Outstanding, never reported; H4 residential
 *       30 beds, deregistered. Registered beds 70; reported beds 60, occupied 49.</li>
 *   <li>Requests in the last year: R1 nursing awarded to H1 after 1 day at £1,000; R2 residential to H2 after 3 days at
 *       £900; R3 residential to H3 after 10 days at £800 (all council-arranged); R4 home care closed unsourced; R5
 *       home care, 10 hours a week, open for 8 days.</li>
 * </ul>
 */
class IndicatorsTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    static Population population() {
        double[][] persons = new double[21][Population.OLDEST + 1];
        for (double[] year : persons) {
            for (int a = 0; a <= Population.OLDEST; a++) {
                year[a] = a < 75 ? 100 : a < 90 ? 50 : 200;
            }
        }
        return new Population("E08000035", "Leeds", 2026, persons, "test population");
    }

    static MarketService home(String id, String provider, ServiceKind kind, int beds, RatingValue rating, RegistrationStatus status) {
        return new MarketService(id, provider, provider + " Ltd", kind, status, "E08000035", "LS1", rating, beds, LONG_AGO, LONG_AGO);
    }

    static PackageFact request(String id, ServiceKind kind, PackageStatus status, Duration age, Duration toClose, String service,
                               String price, int hours) {
        Instant created = NOW.minus(age);
        return new PackageFact(id, kind, "LS1", Funding.COUNCIL_ARRANGED, Urgency.ROUTINE, status, created,
                toClose == null ? null : created.plus(toClose), 2, service, price == null ? null : new BigDecimal(price), hours);
    }

    static Market market(Population population) {
        List<MarketService> services = List.of(
                home("H1", "P1", ServiceKind.CARE_HOME_NURSING, 40, RatingValue.GOOD, RegistrationStatus.REGISTERED),
                home("H2", "P2", ServiceKind.CARE_HOME_RESIDENTIAL, 20, RatingValue.REQUIRES_IMPROVEMENT, RegistrationStatus.REGISTERED),
                home("H3", "P1", ServiceKind.CARE_HOME_RESIDENTIAL, 10, RatingValue.OUTSTANDING, RegistrationStatus.REGISTERED),
                home("H4", "P3", ServiceKind.CARE_HOME_RESIDENTIAL, 30, RatingValue.GOOD, RegistrationStatus.DEREGISTERED));
        Instant reported = NOW.minus(Duration.ofDays(1));
        Map<String, OccupancyPoint> current = Map.of(
                "H1", new OccupancyPoint("H1", 1, reported, 40, 3, 1, 2),
                "H2", new OccupancyPoint("H2", 1, reported, 20, 5, 0, 0));
        List<PackageFact> packages = List.of(
                request("R1", ServiceKind.CARE_HOME_NURSING, PackageStatus.AWARDED, Duration.ofDays(100), Duration.ofDays(1), "H1", "1000.00", 0),
                request("R2", ServiceKind.CARE_HOME_RESIDENTIAL, PackageStatus.AWARDED, Duration.ofDays(90), Duration.ofDays(3), "H2", "900.00", 0),
                request("R3", ServiceKind.CARE_HOME_RESIDENTIAL, PackageStatus.AWARDED, Duration.ofDays(80), Duration.ofDays(10), "H3", "800.00", 0),
                request("R4", ServiceKind.HOMECARE, PackageStatus.UNSOURCED, Duration.ofDays(60), Duration.ofDays(14), null, null, 7),
                request("R5", ServiceKind.HOMECARE, PackageStatus.OPEN, Duration.ofDays(8), null, null, null, 10));
        return new Market("E08000035", "Leeds", NOW, NOW.minus(Duration.ofDays(7)), services, current, new ArrayList<>(current.values()),
                packages, null, population, Map.of(), null, null, null);
    }

    static Indicator get(List<Indicator> all, String id) {
        return Indicators.find(all, id).orElseThrow(() -> new AssertionError("no " + id));
    }

    static void assertFigure(List<Indicator> all, String id, double value, Double numerator, Double denominator) {
        Indicator i = get(all, id);
        assertEquals(Indicator.Status.AVAILABLE, i.status(), id + ": " + i.note());
        assertEquals(value, i.value(), 1e-9, id);
        if (numerator != null) {
            assertEquals(numerator, i.numerator(), 1e-9, id + " numerator");
        }
        if (denominator != null) {
            assertEquals(denominator, i.denominator(), 1e-9, id + " denominator");
        }
    }

    @Test
    @DisplayName("R12.3 each indicator of a small market is its formula's exact value, with numerator and denominator")
    void handChecked() {
        List<Indicator> all = Indicators.of(market(population()));
        assertFigure(all, "D1.75+", 950, 950.0, null);
        assertFigure(all, "D1.18–64", 4700, null, null);
        assertFigure(all, "D3.share", 23.1, 450.0, 1950.0);       // 450 / 1,950 = 23.08%
        assertFigure(all, "D3.per100", 20.2, 950.0, 4700.0);      // 950 / 4,700 = 20.21
        assertFigure(all, "D2.75+", 100.0, 950.0, 950.0);         // a flat population
        assertFigure(all, "CH1", 3, null, null);
        assertFigure(all, "CH2", 70, null, null);
        assertFigure(all, "CH3", 7.37, 70.0, 950.0);              // 70 / 950 × 100 = 7.368
        assertFigure(all, "CH4", 81.7, 49.0, 60.0);               // (34 + 15) / 60 = 81.67%
        assertFigure(all, "CH5", 15.0, 9.0, 60.0);                // (3 + 1 + 5) / 60
        assertFigure(all, "CH6", 3.3, 2.0, 60.0);                 // 2 / 60 = 3.33%
        assertFigure(all, "CH7", 8, null, null);                  // 3 + 5 available
        assertFigure(all, "CH8", 71.4, 50.0, 70.0);               // (40 + 10) / 70 = 71.43%
        assertFigure(all, "CH8.locations", 66.7, 2.0, 3.0);
        assertFigure(all, "CH9", 66.7, 2.0, 3.0);                 // R1 to H1 (Good), R3 to H3 (Outstanding)
        assertFigure(all, "CH11", 0.3, 3.0, 12.0);                // 3 awards in 12 months = 0.25 → 0.3
        assertFigure(all, "B1", 5, null, null);
        assertFigure(all, "B2.median", 3.0, null, null);          // days [1, 3, 10]: rank ⌈0.5 × 3⌉ = 2
        assertFigure(all, "B2.p90", 10.0, null, null);            // rank ⌈0.9 × 3⌉ = 3
        assertFigure(all, "B2.within2", 20.0, 1.0, 5.0);
        assertFigure(all, "B2.within7", 40.0, 2.0, 5.0);
        assertFigure(all, "B3", 2.0, 10.0, 5.0);                  // 2 offers each
        assertFigure(all, "B4", 1, null, null);
        assertFigure(all, "B5", 40.0, 2.0, 5.0);                  // R4 unsourced, R5 open 8 days
        assertFigure(all, "B7", 10, null, null);
        assertFigure(all, "M2.top3", 100.0, 70.0, 70.0);          // three providers hold all
        assertFigure(all, "M2.hhi", 5918, null, null);            // P1 50 of 70 beds, P2 20: 71.43² + 28.57² = 5,918.4
        assertFigure(all, "M3.small", 33.3, 1.0, 3.0);            // H3: 10 beds
        assertFigure(all, "M3.medium", 66.7, 2.0, 3.0);
        assertFigure(all, "F2.CARE_HOME_RESIDENTIAL", 850.0, 1700.0, 2.0);
        Indicator ch4 = get(all, "CH4");
        assertEquals("occupied beds", ch4.numeratorCounts());
        assertEquals(86.0, ch4.comparator().value());
        assertTrue(ch4.note().contains("2 of 3 homes have reported"), ch4.note());
        assertTrue(ch4.definition().contains("capacity − available − held − closed"));
    }

    @Test
    @DisplayName("R12.4 a council with no population data gets every supply figure and 'no population data' for the rest")
    void noPopulation() {
        List<Indicator> all = Indicators.of(market(null));
        for (String id : List.of("D1.75+", "D2.85+", "D3.share", "CH3")) {
            Indicator i = get(all, id);
            assertEquals(Indicator.Status.NO_POPULATION_DATA, i.status(), id);
            assertNull(i.value(), id);
            assertTrue(i.note().startsWith("No population data"), i.note());
        }
        assertFigure(all, "CH2", 70, null, null);
        assertFigure(all, "CH4", 81.7, 49.0, 60.0);
        assertFigure(all, "B2.median", 3.0, null, null);
        assertTrue(all.stream().filter(i -> i.status() == Indicator.Status.AVAILABLE).noneMatch(i -> i.value() == null));
        assertTrue(all.stream().filter(i -> i.status() != Indicator.Status.AVAILABLE).allMatch(i -> i.value() == null && i.note() != null));
    }

    @Test
    @DisplayName("R12.3 cut to a kind and a locality: residential homes in LS1 only; population figures say a locality has none")
    void cut() {
        Market m = market(population()).cut(ServiceKind.CARE_HOME_RESIDENTIAL, "Centre", java.util.Set.of("LS1"));
        List<Indicator> all = Indicators.of(m);
        assertFigure(all, "CH1", 2, null, null);
        assertFigure(all, "CH2", 30, null, null);
        assertEquals(Indicator.Status.NO_POPULATION_DATA, get(all, "CH3").status());
        assertEquals("CARE_HOME_RESIDENTIAL", get(all, "CH1").market());
        assertEquals("Centre", get(all, "CH1").locality());
        assertTrue(Indicators.find(all, "HC1").isEmpty());
    }
}
