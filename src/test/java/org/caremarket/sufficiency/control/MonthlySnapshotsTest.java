package org.caremarket.sufficiency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.vacancy.control.OccupancyPoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Monthly snapshots on the Capacity Tracker window, and the projections built on them, checked by hand. */
class MonthlySnapshotsTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    static MarketService home(String id, int beds) {
        return new MarketService(id, "P" + id, "Provider " + id, ServiceKind.CARE_HOME_RESIDENTIAL, RegistrationStatus.REGISTERED,
                "E08000035", "LS1", RatingValue.GOOD, beds, LONG_AGO, LONG_AGO);
    }

    static OccupancyPoint point(String id, long version, String at, int beds, int available) {
        return new OccupancyPoint(id, version, Instant.parse(at), beds, available, 0, 0);
    }

    static Market market(List<OccupancyPoint> history, Population population) {
        Map<String, OccupancyPoint> current = Map.of("A", history.stream().filter(p -> p.serviceId().equals("A"))
                .reduce((a, b) -> b).orElseThrow());
        return new Market("E08000035", "Leeds", NOW, NOW.minusSeconds(7 * 86_400), List.of(home("A", 20), home("B", 10)),
                current, history, List.<PackageFact>of(), null, population, Map.of(), null, null, null);
    }

    @Test
    @DisplayName("R12.7 a month counts each service's latest report before the 15th (UTC), if made within 35 days; the window closes at the start of the 15th")
    void window() {
        List<OccupancyPoint> history = List.of(
                point("A", 1, "2026-08-20T10:00:00Z", 20, 2),   // August: after the 15th, so September's
                point("A", 2, "2026-09-14T23:59:59Z", 20, 4),   // September: the latest before the close
                point("A", 3, "2026-10-15T00:00:00Z", 20, 10),  // at October's close: counts for November
                point("B", 1, "2026-08-01T00:00:00Z", 10, 1));  // B: 44 days before September's close: too old
        List<YearMonth> months = List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertEquals(months, MonthlySnapshots.months(NOW, 4));
        List<MonthlySnapshots.Snapshot> s = MonthlySnapshots.of(market(history, null), months);
        assertEquals(4, s.size());
        // August: A has no report before 15 August; B's of 1 August counts
        assertEquals(1, s.get(0).reporting());
        assertEquals(90.0, s.get(0).occupancyPercent());
        // September: A at 16 of 20 (its report of 14 September); B's report is 44 days old
        assertEquals(1, s.get(1).reporting());
        assertEquals(16, s.get(1).occupied());
        assertEquals(80.0, s.get(1).occupancyPercent());
        // October: A's report of 14 September is 30 days before 15 October: still counts
        assertEquals(80.0, s.get(2).occupancyPercent());
        // November: A's report made at October's close: 10 of 20, under 80%
        assertEquals(50.0, s.get(3).occupancyPercent());
        assertEquals(1, s.get(3).under80());
        assertEquals(2, s.get(3).services());
        assertEquals(List.of(), MonthlySnapshots.underEightyForThreeMonths(market(history, null), months.subList(1, 4)));
    }

    @Test
    @DisplayName("R12.8 method A: beds occupied now grown with the 75+ population ÷ target occupancy; the gap against today's beds")
    void methodA() {
        double[][] persons = new double[21][Population.OLDEST + 1];
        for (int y = 0; y < persons.length; y++) {
            for (int a = 75; a <= Population.OLDEST; a++) {
                persons[y][a] = 100 * (1 + y / 10.0);   // 75+ grows by 10% of its 2026 size a year
            }
        }
        Population p = new Population("E08000035", "Leeds", 2026, persons, "test");
        List<OccupancyPoint> history = List.of(point("A", 1, "2026-11-19T10:00:00Z", 20, 2));
        Projections.Projection projection = Projections.careHomes(market(history, p), 0.9, List.of());
        // occupied now: A 18 of its 20 beds reported, scaled to all 30 registered beds = 27
        assertEquals(27.0, projection.base());
        Projections.Row now = projection.rows().get(0);
        assertEquals(27.0, now.demand());
        assertEquals(30.0, now.required());          // 27 ÷ 0.9
        assertEquals(0.0, now.gap());
        Projections.Row ten = projection.rows().get(10);
        assertEquals(2036, ten.year());
        assertEquals(54.0, ten.demand());            // 75+ doubled
        assertEquals(60.0, ten.required());
        assertEquals(30.0, ten.gap());
        assertEquals(100.0, ten.gapPercent());
        assertNull(ten.trendLongRun(), "no trend from fewer than three monthly snapshots");
        assertEquals(13, projection.rows().size());
    }
}
