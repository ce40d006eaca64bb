package org.caremarket.sufficiency.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.OccupancyPoint;

/**
 * Monthly snapshots of a market, aligned to the Capacity Tracker's reporting window (the 8th to the 14th of each
 * month): for each month, each service's figures are those of its latest report made before the window closed (the
 * end of the 14th, UTC), if that report was made in the {@link #LOOKBACK_DAYS} days before; a service with none
 * is "not reporting" that month. They are derived from the append-only vacancy history, so a month's snapshot does
 * not change once its window has closed (unless a history from before is imported).
 */
public final class MonthlySnapshots {

    /** A report older than this at the window's close does not count for the month. */
    public static final int LOOKBACK_DAYS = 35;

    private MonthlySnapshots() {
    }

    /**
     * A month's figures for one kind of service: how many services were registered (recorded here before the window
     * closed and not deregistered before it), how many reported, and of the capacity of those that reported: occupied
     * (capacity − available − held − closed), vacant admittable (available + held), vacant not admittable (closed),
     * occupancy, and how many of them ran under 80% occupied.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MonthlySnapshot", description = "One month and kind of service: services registered and reporting, capacity, occupied, vacant admittable and not, occupancy, and how many ran under 80%.")
    public record Snapshot(YearMonth month, ServiceKind kind, int services, int reporting, int capacity, int occupied,
                           int vacantAdmittable, int vacantNotAdmittable, Double occupancyPercent, int under80) {
    }

    /** One service's figures in one month. */
    public record ServiceMonth(String serviceId, YearMonth month, int capacity, int occupied, int vacantAdmittable,
                               int vacantNotAdmittable) {

        public double occupancy() {
            return capacity == 0 ? 0 : (double) occupied / capacity;
        }
    }

    /** The window of this month closes at the start of its 15th day (UTC). */
    public static Instant windowClose(YearMonth month) {
        return month.atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last {@code count} months whose window has closed by {@code now}, oldest first. */
    public static List<YearMonth> months(Instant now, int count) {
        YearMonth last = YearMonth.from(LocalDate.ofInstant(now, ZoneOffset.UTC));
        if (!windowClose(last).isBefore(now) && !windowClose(last).equals(now)) {
            last = last.minusMonths(1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    /** Each service's figures per month (only the months it reported in). */
    public static Map<String, Map<YearMonth, ServiceMonth>> perService(List<OccupancyPoint> history, List<YearMonth> months) {
        Map<String, List<OccupancyPoint>> byService = new HashMap<>();
        for (OccupancyPoint p : history) {
            byService.computeIfAbsent(p.serviceId(), id -> new ArrayList<>()).add(p);
        }
        Map<String, Map<YearMonth, ServiceMonth>> result = new HashMap<>();
        byService.forEach((id, points) -> {
            points.sort(Comparator.comparing(OccupancyPoint::at));
            Map<YearMonth, ServiceMonth> row = new LinkedHashMap<>();
            int i = 0;
            OccupancyPoint latest = null;
            for (YearMonth month : months) {
                Instant close = windowClose(month);
                while (i < points.size() && points.get(i).at().isBefore(close)) {
                    latest = points.get(i++);
                }
                if (latest != null && !latest.at().isBefore(close.minus(Duration.ofDays(LOOKBACK_DAYS)))) {
                    int vacant = latest.available() + latest.held();
                    int occupied = Math.max(0, latest.capacity() - vacant - latest.closed());
                    row.put(month, new ServiceMonth(id, month, latest.capacity(), occupied, vacant, latest.closed()));
                }
            }
            result.put(id, row);
        });
        return result;
    }

    /** The market's snapshots, per month (oldest first) and kind. */
    public static List<Snapshot> of(Market market, List<YearMonth> months) {
        Map<String, Map<YearMonth, ServiceMonth>> perService = perService(market.history(), months);
        List<Snapshot> snapshots = new ArrayList<>();
        for (YearMonth month : months) {
            Instant close = windowClose(month);
            Map<ServiceKind, int[]> sums = new EnumMap<>(ServiceKind.class);
            for (MarketService s : market.services()) {
                boolean registered = s.recordedAt() != null && s.recordedAt().isBefore(close)
                        && (s.status() != org.caremarket.register.entity.RegistrationStatus.DEREGISTERED
                        || s.changedAt().isAfter(close));
                ServiceMonth m = perService.getOrDefault(s.id(), Map.of()).get(month);
                if (!registered && m == null) {
                    continue;
                }
                int[] sum = sums.computeIfAbsent(s.kind(), k -> new int[7]);
                sum[0]++;
                if (m != null) {
                    sum[1]++;
                    sum[2] += m.capacity();
                    sum[3] += m.occupied();
                    sum[4] += m.vacantAdmittable();
                    sum[5] += m.vacantNotAdmittable();
                    if (m.capacity() > 0 && m.occupancy() < 0.8) {
                        sum[6]++;
                    }
                }
            }
            sums.forEach((kind, s) -> snapshots.add(new Snapshot(month, kind, s[0], s[1], s[2], s[3], s[4], s[5],
                    s[2] == 0 ? null : Math.round(1000.0 * s[3] / s[2]) / 10.0, s[6])));
        }
        return snapshots;
    }

    /** Care homes whose occupancy was under 80% in each of the last three months (CH13): their ids. */
    public static List<String> underEightyForThreeMonths(Market market, List<YearMonth> lastThree) {
        Map<String, Map<YearMonth, ServiceMonth>> perService = perService(market.history(), lastThree);
        List<String> low = new ArrayList<>();
        for (MarketService s : market.services()) {
            if (!s.kind().isCareHome()) {
                continue;
            }
            Map<YearMonth, ServiceMonth> months = perService.getOrDefault(s.id(), Map.of());
            if (lastThree.stream().allMatch(m -> months.containsKey(m) && months.get(m).capacity() > 0
                    && months.get(m).occupancy() < 0.8)) {
                low.add(s.id());
            }
        }
        return low;
    }
}
