package org.caremarket.demo.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.control.ReportHistory;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.RoomFeature;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * A year of vacancy reports for each demo service, the same for the same seed, service and start (R11.3). Most
 * services report every week (every four at England scale) on a day of their own and now and then miss one; about
 * one in twelve report late, weeks apart; about one in eight stopped reporting 8–48 days ago, so that their report
 * is stale now. Care homes run at 83–94% occupancy, fuller in winter (about three points above the year's average
 * in January, three below in July, as the Capacity Tracker series moves), and one in fifteen larger homes below 80%
 * all year; beds are of the types their specialisms allow, a few held or closed, and fees in the range English
 * councils publish. A few homes close to admissions for some weeks. Homecare has fewer spare hours in winter, in its
 * own district and the nearest others at the usual visit times.
 */
public final class VacancyGenerator {

    private static final List<String> CLOSED_REASONS = List.of("Infection control: closed to admissions on advice",
            "Refurbishment of one floor", "Registered manager vacancy: admissions paused");

    /** A postcode district and its centroid. */
    public record District(String name, Coordinate at) {
    }

    /** What the reports depend on of a service. */
    public record Site(String cqcLocationId, ServiceKind kind, int capacity, Set<Specialism> specialisms, Coordinate at) {
    }

    /** How a service reports. */
    enum Habit {
        REGULAR, LATE, STOPPED
    }

    /** What stays the same in a service's reports through the year. */
    private record Fixed(Habit habit, double occupancy, List<BedType> types, BigDecimal fee, Set<RoomFeature> features,
                         boolean closesBeds, boolean doubleHanded, List<District> near, Instant closedFrom,
                         Instant closedTo, String closedReason) {
    }

    private final long seed;
    private final Instant start;
    private final int intervalDays;
    private final List<District> districts;

    /**
     * @param start        the moment the year ends (the load's start): reports are dated before it
     * @param intervalDays how often a service that reports regularly reports (7, or 28 at England scale)
     */
    public VacancyGenerator(long seed, Instant start, int intervalDays, List<District> districts) {
        this.seed = seed;
        this.start = start;
        this.intervalDays = intervalDays;
        this.districts = districts;
    }

    /** A service's reports over the year before the start, oldest first. */
    public List<ReportHistory.Dated> year(Site site) {
        Random random = new Random(seed * 31 + site.cqcLocationId().hashCode());
        Fixed fixed = fixed(site, random, null);
        List<ReportHistory.Dated> reports = new ArrayList<>();
        for (Instant at : times(random, fixed.habit())) {
            reports.add(new ReportHistory.Dated(at, report(site, fixed, random, at, season(at))));
        }
        return reports;
    }

    /** One report of a service as of the start, outside any year (the matching benchmark's market). */
    public static VacancyReport report(Site site, Random random, List<District> districts) {
        Fixed fixed = new VacancyGenerator(0, Instant.EPOCH, 7, districts).fixed(site, random,
                1 - (3 + random.nextInt(13)) / 100.0);
        return new VacancyGenerator(0, Instant.EPOCH, 7, districts).report(site, fixed, random, null, 0);
    }

    /** How much fuller than its average a care home is at this time of year: +1 in mid-January, -1 in mid-July. */
    static double season(Instant at) {
        int day = at.atZone(ZoneOffset.UTC).getDayOfYear();
        return Math.cos(2 * Math.PI * (day - 15) / 365.25);
    }

    private List<Instant> times(Random random, Habit habit) {
        Instant yearAgo = start.minus(Duration.ofDays(365));
        Instant at = habit == Habit.STOPPED
                ? start.minus(Duration.ofHours(24L * 8 + random.nextInt(24 * 40)))
                : start.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 5)));
        List<Instant> times = new ArrayList<>();
        while (at.isAfter(yearAgo)) {
            times.add(at);
            long days = habit == Habit.LATE ? intervalDays * 2L + random.nextInt(intervalDays * 4)
                    : random.nextInt(20) == 0 ? intervalDays * 2L : intervalDays;
            at = at.minus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(240) - 120));
        }
        Collections.reverse(times);
        return times;
    }

    private Fixed fixed(Site site, Random random, Double occupancy) {
        int roll = random.nextInt(100);
        Habit habit = roll < 12 ? Habit.STOPPED : roll < 20 ? Habit.LATE : Habit.REGULAR;
        boolean low = site.capacity() >= 20 && random.nextInt(15) == 0;
        double base = occupancy != null ? occupancy : low ? 0.66 + random.nextInt(12) / 100.0
                : 0.83 + random.nextInt(12) / 100.0;
        boolean nursing = site.kind() == ServiceKind.CARE_HOME_NURSING;
        List<BedType> types = new ArrayList<>(List.of(nursing ? BedType.NURSING : BedType.RESIDENTIAL));
        if (site.specialisms().contains(Specialism.DEMENTIA)) {
            types.add(nursing ? BedType.NURSING_DEMENTIA : BedType.RESIDENTIAL_DEMENTIA);
        }
        if (site.specialisms().contains(Specialism.LEARNING_DISABILITIES)) {
            types.add(BedType.LEARNING_DISABILITY);
        }
        if (site.specialisms().contains(Specialism.MENTAL_HEALTH)) {
            types.add(BedType.MENTAL_HEALTH);
        }
        if (random.nextInt(4) == 0) {
            types.add(random.nextBoolean() ? BedType.RESPITE : BedType.DISCHARGE_TO_ASSESS);
        }
        BigDecimal fee = BigDecimal.valueOf((nursing ? 1100 : 850) + 5L * random.nextInt(nursing ? 100 : 80)).setScale(2);
        Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        if (random.nextBoolean()) {
            features.add(RoomFeature.EN_SUITE);
        }
        if (random.nextInt(3) == 0) {
            features.add(RoomFeature.GROUND_FLOOR);
        }
        if (nursing && random.nextInt(3) > 0) {
            features.add(RoomFeature.HOIST_AVAILABLE);
        }
        List<District> near = List.of();
        if (site.kind() == ServiceKind.HOMECARE) {
            Coordinate office = site.at();
            near = districts.stream()
                    .filter(d -> Math.abs(d.at().latitude() - office.latitude()) < 0.12
                            && Math.abs(d.at().longitude() - office.longitude()) < 0.2)
                    .sorted(Comparator.comparingDouble((District d) -> d.at().distanceKm(office)))
                    .limit(1 + random.nextInt(3)).toList();
        }
        Instant closedFrom = null;
        Instant closedTo = null;
        String reason = CLOSED_REASONS.get(random.nextInt(CLOSED_REASONS.size()));
        if (random.nextInt(100) < 8) {
            closedFrom = start.minus(Duration.ofDays(random.nextInt(365)));
            closedTo = closedFrom.plus(Duration.ofDays(14 + random.nextInt(42)));
        }
        return new Fixed(habit, base, types, fee, features, random.nextInt(5) == 0, random.nextInt(5) < 2, near,
                closedFrom, closedTo, reason);
    }

    /** A report at one time; {@code season} moves occupancy (fuller in winter). */
    private VacancyReport report(Site site, Fixed fixed, Random random, Instant at, double season) {
        boolean accepting = at == null ? random.nextInt(100) < 92
                : fixed.closedFrom() == null || at.isBefore(fixed.closedFrom()) || !at.isBefore(fixed.closedTo());
        List<VacancyLine> lines = new ArrayList<>();
        BigDecimal fee = null;
        Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        boolean doubleHanded = false;
        int capacity = site.capacity();
        double winter = Math.max(0, season);
        switch (site.kind()) {
            case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> {
                double occupancy = Math.min(1, Math.max(0.4, fixed.occupancy() + 0.03 * season
                        + (at == null ? 0 : random.nextGaussian() * 0.012)));
                int vacant = Math.max(0, capacity - (int) Math.round(capacity * occupancy));
                int closed = vacant > 0 && fixed.closesBeds() && random.nextInt(3) > 0 ? 1 : 0;
                int held = vacant - closed > 0 && random.nextInt(3) == 0 ? 1 : 0;
                int free = vacant - closed - held;
                List<BedType> types = fixed.types();
                for (int i = 0; i < types.size(); i++) {
                    int share = i == types.size() - 1 ? free : random.nextInt(free + 1);
                    free -= share;
                    int h = i == 0 ? held : 0;
                    int c = i == 0 ? closed : 0;
                    if (share + h + c > 0 || i == 0) {
                        lines.add(VacancyLine.beds(types.get(i), share, h, c));
                    }
                }
                fee = fixed.fee();
                features = fixed.features();
            }
            case HOMECARE -> {
                int budget = (int) (capacity / 10 * (1 - 0.4 * winter));
                for (District district : fixed.near()) {
                    for (TimeBand band : List.of(TimeBand.MORNING, TimeBand.LUNCH, TimeBand.TEA, TimeBand.BED)) {
                        for (Days days : Days.values()) {
                            int hours = Math.min(budget, random.nextInt(days == Days.WEEKDAYS ? 12 : 5));
                            if (hours > 0) {
                                lines.add(VacancyLine.homecareHours(district.name(), band, days, hours));
                                budget -= hours;
                            }
                        }
                    }
                }
                doubleHanded = fixed.doubleHanded();
            }
            case EXTRA_CARE -> {
                int free = random.nextInt(Math.max(1, (int) (capacity / 12 * (1 - 0.5 * winter))) + 1);
                int two = random.nextInt(free + 1);
                lines.add(VacancyLine.units(UnitType.ONE_BED, free - two));
                lines.add(VacancyLine.units(UnitType.TWO_BED, two));
            }
            case SHARED_LIVES -> {
                int free = Math.min(capacity, random.nextInt(winter > 0.5 ? 4 : 6));
                int shortBreaks = random.nextInt(free + 1);
                lines.add(VacancyLine.placements(PlacementType.LONG_TERM, free - shortBreaks));
                lines.add(VacancyLine.placements(PlacementType.SHORT_BREAK, shortBreaks));
            }
            case SUPPORTED_LIVING -> lines.add(VacancyLine.places(Math.min(capacity, random.nextInt(3))));
        }
        // the service's own part is always given, even empty (a homecare agency with no spare hours that week)
        return new VacancyReport(accepting, accepting ? null : fixed.closedReason(), fee, doubleHanded, features, lines,
                java.util.Set.of(LineKind.of(site.kind())));
    }
}
