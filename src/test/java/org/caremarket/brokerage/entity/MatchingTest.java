package org.caremarket.brokerage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Matching on a small market around LS9 7TF (53.7986, -1.5153), with real Leeds postcodes. */
class MatchingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration STALE = Duration.ofDays(7);
    private static final String LEEDS = "E08000035";
    private static final String WAKEFIELD = "E08000036";
    private static final RatingValue GOOD = RatingValue.GOOD;

    /** A nursing home with dementia beds, reported an hour ago, £1,100 a week, rated Good throughout. */
    private static Supply home(String id, double lat, double lon) {
        return home(id, lat, lon, LEEDS, RegistrationStatus.REGISTERED, GOOD, EnumSet.of(Specialism.DEMENTIA),
                NOW.minusSeconds(3600), true, Map.of("NURSING_DEMENTIA", 2), "1100.00");
    }

    private static Supply home(String id, double lat, double lon, String council, RegistrationStatus status,
                               RatingValue rating, Set<Specialism> specialisms, Instant reportedAt, boolean accepting,
                               Map<String, Integer> available, String fee) {
        return new Supply(id, "provider-" + id, "Provider " + id, "Home " + id, ServiceKind.CARE_HOME_NURSING, status,
                council, "LS9 7TF", lat, lon, rating, new RatingValue[] {rating, rating, rating, rating, rating}, null, specialisms,
                reportedAt, accepting, fee == null ? null : new BigDecimal(fee), false, available, Map.of(), NOW);
    }

    private static Criteria dementiaBed(BigDecimal cap) {
        return new Criteria("p1", LEEDS, ServiceKind.CARE_HOME_NURSING, "NURSING_DEMENTIA", "LS9", 53.7986, -1.5153,
                null, null, EnumSet.of(Specialism.DEMENTIA), List.of(), false, cap, RatingValue.REQUIRES_IMPROVEMENT,
                true, 15, null, "LS9 7TF", null);
    }

    private static Matching.Result match(Criteria c, Supply... market) {
        return Matching.match(c, market, Weights.DEFAULT, NOW, STALE, 20);
    }

    @Test
    @DisplayName("R5.2 each service in the area is excluded for the first reason that applies, or matched; none is lost")
    void exclusionsInOrder() {
        Supply[] market = {
                home("ok", 53.80, -1.52),
                home("deregistered", 53.80, -1.52, LEEDS, RegistrationStatus.DEREGISTERED, RatingValue.INADEQUATE,
                        Set.of(), null, false, Map.of(), null),
                home("far-in-leeds", 53.90, -1.75, LEEDS, RegistrationStatus.REGISTERED, RatingValue.INADEQUATE,
                        Set.of(), null, false, Map.of(), null),
                home("far-elsewhere", 53.62, -1.49, WAKEFIELD, RegistrationStatus.REGISTERED, GOOD,
                        EnumSet.of(Specialism.DEMENTIA), NOW, true, Map.of("NURSING_DEMENTIA", 5), "900.00"),
                home("inadequate", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, RatingValue.INADEQUATE,
                        Set.of(), null, false, Map.of(), null),
                home("no-dementia", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD, Set.of(), null, false,
                        Map.of(), null),
                home("never-reported", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD,
                        EnumSet.of(Specialism.DEMENTIA), null, false, Map.of(), null),
                home("stale", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD, EnumSet.of(Specialism.DEMENTIA),
                        NOW.minus(Duration.ofDays(8)), false, Map.of(), null),
                home("closed", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD, EnumSet.of(Specialism.DEMENTIA),
                        NOW, false, Map.of("NURSING_DEMENTIA", 3), null),
                home("full", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD, EnumSet.of(Specialism.DEMENTIA),
                        NOW, true, Map.of("NURSING", 3, "NURSING_DEMENTIA", 0), "2000.00"),
                home("dear", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, GOOD, EnumSet.of(Specialism.DEMENTIA),
                        NOW, true, Map.of("NURSING_DEMENTIA", 1), "1500.00"),
        };
        Matching.Result result = match(dementiaBed(new BigDecimal("1250.00")), market);
        assertEquals(List.of("ok"), result.matches().stream().map(m -> m.supply().serviceId()).toList());
        assertEquals(10, result.considered(), "far-elsewhere (another council, beyond 15 km) is not in the area");
        assertEquals(Map.of(MatchExclusion.NOT_REGISTERED, 1, MatchExclusion.TOO_FAR, 1, MatchExclusion.RATING, 1,
                MatchExclusion.SPECIALISM, 1, MatchExclusion.NO_REPORT, 1, MatchExclusion.STALE, 1, MatchExclusion.NOT_ACCEPTING, 1,
                MatchExclusion.NO_CAPACITY, 1, MatchExclusion.OVER_PRICE_CAP, 1), result.excluded());
        assertEquals(result.considered(), result.matched()
                + result.excluded().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("3 beyond 15 km", MatchExclusion.TOO_FAR.describe(3, 15, 7));
        assertEquals("2 vacancy report stale (older than 7 days)", MatchExclusion.STALE.describe(2, 15, 7));
        assertEquals("1 beyond 12.5 km", MatchExclusion.TOO_FAR.describe(1, 12.5, 7));
    }

    @Test
    @DisplayName("R5.2 the score is the weighted mean of six explained factors, and the nearer, better, fresher service ranks first")
    void explainedScore() {
        Supply near = home("near", 53.7990, -1.5160);
        Supply far = home("far", 53.86, -1.60);
        Supply poor = home("poor", 53.7990, -1.5160, LEEDS, RegistrationStatus.REGISTERED, RatingValue.REQUIRES_IMPROVEMENT,
                EnumSet.of(Specialism.DEMENTIA), NOW.minusSeconds(3600), true, Map.of("NURSING_DEMENTIA", 2), "1100.00");
        Matching.Result result = match(dementiaBed(new BigDecimal("1250.00")), far, poor, near);
        assertEquals(List.of("near", "poor", "far"), result.matches().stream().map(m -> m.supply().serviceId()).toList());
        Matching.Match best = result.matches().get(0);
        assertEquals(List.of(MatchFactor.Name.values()), best.factors().stream().map(MatchFactor::factor).toList());
        double points = best.factors().stream().mapToDouble(MatchFactor::points).sum();
        assertEquals(best.score(), points, 0.31, "the points add up to the score (each rounded to 0.1)");
        MatchFactor price = best.factors().get(MatchFactor.Name.PRICE.ordinal());
        assertEquals(0.5 + 0.5 * 150 / 1250.0, price.value(), 0.001);
        assertEquals("£1,100.00 a week, £150.00 under the £1,250.00 cap", price.reason());
        assertEquals("2 NURSING_DEMENTIA beds available now", best.factors().get(MatchFactor.Name.CAPACITY.ordinal()).reason());
        assertEquals(0.8, best.factors().get(MatchFactor.Name.CAPACITY.ordinal()).value());
        assertEquals("vacancies reported 1 hour ago", best.factors().get(MatchFactor.Name.FRESHNESS.ordinal()).reason());
        assertTrue(best.factors().get(MatchFactor.Name.DISTANCE.ordinal()).reason().endsWith("km from LS9 7TF (limit 15 km)"));
        assertEquals(0.75, best.factors().get(MatchFactor.Name.QUALITY.ordinal()).value(), "Good throughout");
    }

    @Test
    @DisplayName("R5.2 R8.6 a service whose rating fell at its latest inspection is flagged in the quality factor's reason")
    void ratingFell() {
        Supply good = home("good", 53.7990, -1.5160);
        Supply fell = new Supply("fell", good.providerId(), good.providerName(), good.name(), good.kind(), good.status(),
                good.councilCode(), good.postcode(), good.latitude(), good.longitude(), good.overall(), good.keyQuestions(),
                RatingValue.OUTSTANDING, good.specialisms(), good.reportedAt(), good.accepting(), good.weeklyFee(),
                good.doubleHandedCalls(), good.available(), good.spareHours(), good.changedAt());
        Matching.Result result = match(dementiaBed(null), good, fell);
        String quality = result.matches().stream().filter(m -> m.supply().serviceId().equals("fell")).findFirst()
                .orElseThrow().factors().get(MatchFactor.Name.QUALITY.ordinal()).reason();
        assertTrue(quality.endsWith("; fell from Outstanding at its latest inspection"), quality);
        assertTrue(result.matches().stream().filter(m -> m.supply().serviceId().equals("good")).findFirst().orElseThrow()
                .factors().get(MatchFactor.Name.QUALITY.ordinal()).reason().endsWith("Well-led Good"));
    }

    @Test
    @DisplayName("R5.2 the weights come from configuration: with only distance weighted, the nearest wins whatever its rating")
    void weights() {
        Supply nearPoor = home("near-poor", 53.7990, -1.5160, LEEDS, RegistrationStatus.REGISTERED,
                RatingValue.REQUIRES_IMPROVEMENT, EnumSet.of(Specialism.DEMENTIA), NOW.minus(Duration.ofDays(6)), true,
                Map.of("NURSING_DEMENTIA", 1), "1240.00");
        Supply farGood = home("far-good", 53.85, -1.58, LEEDS, RegistrationStatus.REGISTERED, RatingValue.OUTSTANDING,
                EnumSet.of(Specialism.DEMENTIA), NOW, true, Map.of("NURSING_DEMENTIA", 4), "900.00");
        Criteria c = dementiaBed(new BigDecimal("1250.00"));
        assertEquals("far-good", Matching.match(c, new Supply[] {nearPoor, farGood}, Weights.DEFAULT, NOW, STALE, 20)
                .matches().get(0).supply().serviceId());
        assertEquals("near-poor", Matching.match(c, new Supply[] {nearPoor, farGood}, new Weights(1, 0, 0, 0, 0, 0), NOW,
                STALE, 20).matches().get(0).supply().serviceId());
    }

    @Test
    @DisplayName("R5.2 not yet rated services match by default, and can be left out; a minimum of GOOD leaves out Requires improvement")
    void ratingRules() {
        Supply unrated = home("unrated", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, RatingValue.NOT_YET_RATED,
                EnumSet.of(Specialism.DEMENTIA), NOW, true, Map.of("NURSING_DEMENTIA", 1), null);
        Supply ri = home("ri", 53.80, -1.52, LEEDS, RegistrationStatus.REGISTERED, RatingValue.REQUIRES_IMPROVEMENT,
                EnumSet.of(Specialism.DEMENTIA), NOW, true, Map.of("NURSING_DEMENTIA", 1), null);
        Criteria c = dementiaBed(null);
        assertEquals(2, match(c, unrated, ri).matched());
        Criteria strict = new Criteria("p", LEEDS, c.kind(), c.lineType(), "LS9", c.latitude(), c.longitude(), null, null,
                c.specialisms(), List.of(), false, null, RatingValue.GOOD, false, 15, null, "LS9 7TF", null);
        Matching.Result result = match(strict, unrated, ri);
        assertEquals(0, result.matched());
        assertEquals(Map.of(MatchExclusion.RATING, 2), result.excluded());
    }

    @Test
    @DisplayName("R5.2 homecare matches on spare hours in the person's district at the times wanted, and on double-handed calls")
    void homecare() {
        Criteria c = new Criteria("h", LEEDS, ServiceKind.HOMECARE, null, "LS9", 53.7986, -1.5153, null, null,
                Set.of(), List.of(new Criteria.Hours(TimeBand.MORNING, Days.WEEKDAYS, 7), new Criteria.Hours(TimeBand.BED, Days.WEEKDAYS, 3)),
                true, new BigDecimal("25.00"), RatingValue.REQUIRES_IMPROVEMENT, true, 15, "provider-full", "LS9 7TF", null);
        Supply full = homecare("full", Map.of(Supply.hoursKey("LS9", TimeBand.MORNING, Days.WEEKDAYS), 10,
                Supply.hoursKey("LS9", TimeBand.BED, Days.WEEKDAYS), 5), true);
        Supply part = homecare("part", Map.of(Supply.hoursKey("LS9", TimeBand.MORNING, Days.WEEKDAYS), 5), true);
        Supply elsewhere = homecare("elsewhere", Map.of(Supply.hoursKey("LS8", TimeBand.MORNING, Days.WEEKDAYS), 40), true);
        Supply single = homecare("single", Map.of(Supply.hoursKey("LS9", TimeBand.MORNING, Days.WEEKDAYS), 40), false);
        Matching.Result result = match(c, part, elsewhere, single, full);
        assertEquals(List.of("full", "part"), result.matches().stream().map(m -> m.supply().serviceId()).toList());
        assertEquals(List.of(10, 5), result.matches().stream().map(Matching.Match::capacity).toList());
        assertEquals(Map.of(MatchExclusion.NO_CAPACITY, 1, MatchExclusion.NO_DOUBLE_HANDED, 1), result.excluded());
        Matching.Match best = result.matches().get(0);
        assertEquals("10 of 10 hours a week spare in LS9 at the times wanted",
                best.factors().get(MatchFactor.Name.CAPACITY.ordinal()).reason());
        assertEquals("the person's current provider", best.factors().get(MatchFactor.Name.CONTINUITY.ordinal()).reason());
        assertEquals(0.5, result.matches().get(1).factors().get(MatchFactor.Name.CAPACITY.ordinal()).value());
    }

    @Test
    @DisplayName("R5.2 prices read as pounds and pence with thousands separated")
    void money() {
        assertEquals("1,265.00", Matching.money(new BigDecimal("1265")));
        assertEquals("12,345,678.90", Matching.money(new BigDecimal("12345678.9")));
        assertEquals("35.00", Matching.money(new BigDecimal("35")));
        assertEquals("-150.50", Matching.money(new BigDecimal("-150.5")));
        assertEquals("0.00", Matching.money(BigDecimal.ZERO));
        assertEquals("100.00", Matching.money(new BigDecimal("100")));
    }

    private static Supply homecare(String id, Map<String, Integer> hours, boolean doubleHanded) {
        return new Supply(id, "provider-" + id, "Provider " + id, "Care " + id, ServiceKind.HOMECARE,
                RegistrationStatus.REGISTERED, LEEDS, "LS9 7TF", 53.80, -1.52, GOOD, new RatingValue[] {GOOD, GOOD, GOOD, GOOD, GOOD},
                null, Set.of(), NOW, true, null, doubleHanded, Map.of(), hours, NOW);
    }

    @Test
    @DisplayName("R5.2 distance counts from the nearer of the person's and the family's postcodes")
    void nearFamily() {
        Supply byFamily = home("by-family", 53.9000, -1.3500);
        Criteria alone = dementiaBed(null);
        assertEquals(Map.of(MatchExclusion.TOO_FAR, 1), match(alone, byFamily).excluded(), "about 15.6 km from LS9 7TF");
        Criteria withFamily = new Criteria("p", LEEDS, alone.kind(), alone.lineType(), "LS9", alone.latitude(),
                alone.longitude(), 53.9050, -1.3560, alone.specialisms(), List.of(), false, null,
                RatingValue.REQUIRES_IMPROVEMENT, true, 15, null, "LS9 7TF", "LS23 6AA");
        Matching.Match m = match(withFamily, byFamily).matches().get(0);
        assertTrue(m.distanceKm() < 1, "distance " + m.distanceKm());
        assertTrue(m.factors().get(0).reason().contains("the family's postcode LS23 6AA"), m.factors().get(0).reason());
    }

    @Test
    @DisplayName("R5.2 ties are broken by distance then id, so the same market always ranks the same; the limit cuts the list, not the count")
    void stableAndLimited() {
        List<Supply> market = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            market.add(home(String.format("s%02d", 29 - i), 53.80, -1.52));
        }
        Matching.Result result = Matching.match(dementiaBed(null), market.toArray(Supply[]::new), Weights.DEFAULT, NOW,
                STALE, 5);
        assertEquals(30, result.matched());
        assertEquals(List.of("s00", "s01", "s02", "s03", "s04"),
                result.matches().stream().map(m -> m.supply().serviceId()).toList());
    }
}
