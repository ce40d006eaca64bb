package org.caremarket.sufficiency.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.caremarket.vacancy.control.OccupancyPoint;

/**
 * Future demand and the gap (MARKET-SUFFICIENCY.md §5), yearly to +10 years and at +15 and +20:
 * <ul>
 *   <li>Method A, constant age-specific use: whole-market bed demand R(y) = R(t) × Σ r(a)·P(a,y) ÷ Σ r(a)·P(a,t), where
 *       R(t) is the beds occupied now (the occupancy of the homes that reported × all registered beds) and r(a) the
 *       council's use rates by band (D7, when its commissioner entered funded residents by band), or one rate for
 *       everyone aged 75+ (beds per head of 75+ held constant) when not. Beds required = R(y) ÷ target occupancy;
 *       available = today's registered beds; gap = required − available. Home care hours the same way from the
 *       hours a week of council-arranged home care awarded in the last 12 months, with 65+ as the default base.</li>
 *   <li>Method B, trend: straight lines fitted to the monthly snapshots' occupied beds (occupancy × today's beds), over
 *       all the months held (long run) and the last six (recent), and their midpoint, each ÷ target occupancy.</li>
 * </ul>
 */
public final class Projections {

    /** Years ahead shown: each year to +10, then +15 and +20. */
    public static final List<Integer> OFFSETS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20);

    public static final List<String> CAVEATS = List.of(
            "Use rates are held constant at today's: the projection assumes no change in disability-free life expectancy, "
                    + "in policy or in the balance between care at home and in care homes.",
            "Population is ONS's 2022-based subnational population projection (migration-category variant); it counts the "
                    + "whole resident population, care home residents included, so the base and the projection are on the same basis.",
            "Available beds are today's registered beds, held flat: the register knows no pipeline of openings or announced closures.",
            "Method B is fitted to the monthly snapshots held (at most a year here): a short series, so read it as a scenario, "
                    + "not a forecast. Funded volume has lagged demography elsewhere (Warwickshire: 65+ +13%, residential +4%).");

    private Projections() {
    }

    /** One year of a projection. Nulls where a method has no data. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ProjectionYear", description = "One year: method A demand, required (÷ target occupancy), available, gap; method B required by trend (long run, recent, midpoint).")
    public record Row(int year, int yearsAhead, Double demand, Double required, Double available, Double gap,
                      Double gapPercent, Double trendLongRun, Double trendRecent, Double trendMidpoint) {
    }

    /**
     * A projection for care homes (beds) or home care (hours a week).
     *
     * @param base     today's demand (occupied beds; hours a week)
     * @param rates    how method A weighs the ages
     * @param note     why there is no projection, or null
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DemandProjection", description = "A projection of care home beds or home care hours with its base, rates, rows and caveats; a note says why there is none.")
    public record Projection(String market, String unit, int baseYear, double targetOccupancy, Double base,
                             String rates, List<Row> rows, List<String> caveats, String note) {
    }

    static Projection none(String market, String unit, int year, double target, String why) {
        return new Projection(market, unit, year, target, null, null, List.of(), CAVEATS, why);
    }

    /** Weights r(a) of the five bands from the council's funded people by band, or null when not all are entered. */
    static double[] rates(Map<ReferenceCode, ReferenceFigure> refs, Population p, int year, boolean careHome) {
        List<AgeBand> bands = AgeBand.disjointBands();
        double[] r = new double[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            ReferenceFigure f = refs.get(ReferenceCode.funded(careHome, bands.get(i)));
            if (f == null) {
                return null;
            }
            double persons = p.persons(bands.get(i), year);
            r[i] = persons == 0 ? 0 : f.value().doubleValue() / persons;
        }
        return r;
    }

    static double weighted(double[] r, Population p, int year, AgeBand fallback) {
        if (r == null) {
            return p.persons(fallback, year);
        }
        List<AgeBand> bands = AgeBand.disjointBands();
        double sum = 0;
        for (int i = 0; i < bands.size(); i++) {
            sum += r[i] * p.persons(bands.get(i), year);
        }
        return sum;
    }

    public static Projection careHomes(Market m, double target, List<MonthlySnapshots.Snapshot> monthly) {
        int year = m.today().getYear();
        String unit = "beds";
        Population p = m.population();
        if (p == null || m.districts() != null || !p.covers(year)) {
            return none("CARE_HOMES", unit, year, target, m.districts() != null
                    ? "No population data for a locality: ONS projects population by council."
                    : "No population data: " + m.councilName() + " has no population projection here.");
        }
        List<MarketService> homes = m.services().stream().filter(s -> s.kind().isCareHome()
                && s.status() == RegistrationStatus.REGISTERED).toList();
        double beds = homes.stream().mapToInt(MarketService::capacity).sum();
        double capacity = 0;
        double occupied = 0;
        for (MarketService h : homes) {
            OccupancyPoint c = m.current().get(h.id());
            if (c != null) {
                capacity += c.capacity();
                occupied += Math.max(0, c.capacity() - c.available() - c.held() - c.closed());
            }
        }
        if (capacity == 0) {
            return none("CARE_HOMES", unit, year, target, "No care home has reported its vacancies: no base for the projection.");
        }
        double base = occupied / capacity * beds;
        double[] r = rates(m.references(), p, year, true);
        double baseWeight = weighted(r, p, year, AgeBand.AGED_75_PLUS);

        Map<Integer, Double> byMonth = new TreeMap<>();
        int index = 0;
        for (MonthlySnapshots.Snapshot s : careHomeMonths(monthly)) {
            if (s.occupancyPercent() != null) {
                byMonth.put(index, s.occupancyPercent() / 100 * beds);
            }
            index++;
        }
        double longRun = slope(byMonth, Integer.MIN_VALUE);
        double recent = slope(byMonth, index - 6);
        boolean trend = byMonth.size() >= 3;

        List<Row> rows = new ArrayList<>();
        for (int ahead : OFFSETS) {
            int y = year + ahead;
            if (!p.covers(y)) {
                continue;
            }
            double demand = base * weighted(r, p, y, AgeBand.AGED_75_PLUS) / baseWeight;
            double required = demand / target;
            double gap = required - beds;
            Double a = trend ? Math.max(0, base + longRun * 12 * ahead) / target : null;
            Double b = trend ? Math.max(0, base + recent * 12 * ahead) / target : null;
            rows.add(new Row(y, ahead, r1(demand), r1(required), beds, r1(gap), beds == 0 ? null : r1(100 * gap / beds),
                    a == null ? null : r1(a), b == null ? null : r1(b), a == null ? null : r1((a + b) / 2)));
        }
        return new Projection("CARE_HOMES", unit, year, target, r1(base), r == null
                ? "Beds per head of 75+ held constant (enter council-funded residents by age band, D7, to weigh each band)"
                : "The council's use rates by age band (D7) held constant", rows, CAVEATS,
                trend ? null : "Method B needs at least three monthly snapshots.");
    }

    /** Care homes' snapshots, summed across their kinds, per month in order. */
    static List<MonthlySnapshots.Snapshot> careHomeMonths(List<MonthlySnapshots.Snapshot> monthly) {
        Map<java.time.YearMonth, int[]> sums = new TreeMap<>();
        for (MonthlySnapshots.Snapshot s : monthly) {
            if (s.kind().isCareHome()) {
                int[] sum = sums.computeIfAbsent(s.month(), k -> new int[6]);
                sum[0] += s.services();
                sum[1] += s.reporting();
                sum[2] += s.capacity();
                sum[3] += s.occupied();
                sum[4] += s.vacantAdmittable();
                sum[5] += s.vacantNotAdmittable();
            }
        }
        List<MonthlySnapshots.Snapshot> out = new ArrayList<>();
        sums.forEach((month, s) -> out.add(new MonthlySnapshots.Snapshot(month, ServiceKind.CARE_HOME_RESIDENTIAL, s[0], s[1],
                s[2], s[3], s[4], s[5], s[2] == 0 ? null : Math.round(1000.0 * s[3] / s[2]) / 10.0, 0)));
        return out;
    }

    /** Least-squares slope (per month) of the points at or after {@code from}; 0 with fewer than two. */
    static double slope(Map<Integer, Double> points, int from) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (var e : points.entrySet()) {
            if (e.getKey() < from) {
                continue;
            }
            n++;
            sx += e.getKey();
            sy += e.getValue();
            sxx += (double) e.getKey() * e.getKey();
            sxy += e.getKey() * e.getValue();
        }
        double d = n * sxx - sx * sx;
        return n < 2 || d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    public static Projection homecare(Market m) {
        int year = m.today().getYear();
        String unit = "hours a week";
        Population p = m.population();
        if (p == null || m.districts() != null || !p.covers(year)) {
            return none("HOMECARE", unit, year, 1, m.districts() != null
                    ? "No population data for a locality: ONS projects population by council."
                    : "No population data: " + m.councilName() + " has no population projection here.");
        }
        double hours = m.packages().stream().filter(f -> f.kind() == ServiceKind.HOMECARE && f.status() == PackageStatus.AWARDED
                && f.funding() == Funding.COUNCIL_ARRANGED && !f.createdAt().isBefore(m.now().minus(java.time.Duration.ofDays(365))))
                .mapToInt(PackageFact::hoursPerWeek).sum();
        if (hours == 0) {
            return none("HOMECARE", unit, year, 1, "No council-arranged home care awarded in the last 12 months: no base.");
        }
        double[] r = rates(m.references(), p, year, false);
        double baseWeight = weighted(r, p, year, AgeBand.AGED_65_PLUS);
        List<Row> rows = new ArrayList<>();
        for (int ahead : OFFSETS) {
            int y = year + ahead;
            if (p.covers(y)) {
                double demand = hours * weighted(r, p, y, AgeBand.AGED_65_PLUS) / baseWeight;
                rows.add(new Row(y, ahead, r1(demand), r1(demand), null, null, null, null, null, null));
            }
        }
        return new Projection("HOMECARE", unit, year, 1, hours, r == null
                ? "Hours per head of 65+ held constant (enter council-funded home care recipients by age band, D7, to weigh each band)"
                : "The council's use rates by age band (D7) held constant", rows, CAVEATS,
                "Base: hours a week of council-arranged home care awarded in the last 12 months.");
    }

    static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
