package org.caremarket.sufficiency.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Indicator.Status;
import org.caremarket.sufficiency.entity.NationalFigures;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.caremarket.vacancy.control.OccupancyPoint;

/**
 * The indicator dictionary (MARKET-SUFFICIENCY.md §4) computed from a {@link Market}: demography D1–D3 and D7,
 * care homes CH1–CH9 and CH11–CH13, home care HC1 and HC5, brokerage B1–B7, market structure M1–M3, personal
 * assistants PA1–PA3, fees F1, F2, F4, F5 and workforce W1–W4. Every figure names its numerator and denominator;
 * one the data cannot support has a status saying why, never a zero. Pure: the same market gives the same figures.
 */
public final class Indicators {

    static final String REGISTER = "CareMarket service register (CQC registrations and ratings as imported)";
    static final String REPORTS = "Providers' latest vacancy reports to CareMarket";
    static final String BROKERAGE = "CareMarket brokerage: care-package requests, offers and awards";
    static final String PAS = "CareMarket personal assistant register and introductions";

    private Indicators() {
    }

    /** All the market's indicators. */
    public static List<Indicator> of(Market m) {
        Indicators.Context c = new Context(m);
        List<Indicator> all = new ArrayList<>();
        if (m.kind() == null) {
            all.addAll(demography(c));
        }
        if (m.kind() == null || m.kind().isCareHome()) {
            all.addAll(careHomes(c));
        }
        if (m.kind() == null || m.kind() == ServiceKind.HOMECARE) {
            all.addAll(homecare(c));
        }
        all.addAll(brokerage(c));
        all.addAll(structure(c));
        if (m.kind() == null) {
            all.addAll(assistants(c));
        }
        all.addAll(fees(c));
        if (m.kind() == null) {
            all.addAll(workforce(c));
        }
        return all;
    }

    /** What every figure of one market shares: its cut, its dates, the population year. */
    static final class Context {
        final Market m;
        final int year;
        final String today;
        final String periodFrom;
        final List<MarketService> registered;
        final List<PackageFact> yearOfRequests;

        Context(Market m) {
            this.m = m;
            this.year = m.today().getYear();
            this.today = m.today().toString();
            Instant yearAgo = m.now().minus(Duration.ofDays(365));
            this.periodFrom = LocalDate.ofInstant(yearAgo, java.time.ZoneOffset.UTC).toString();
            this.registered = m.services().stream().filter(s -> s.status() == RegistrationStatus.REGISTERED).toList();
            this.yearOfRequests = m.packages().stream().filter(p -> !p.createdAt().isBefore(yearAgo)).toList();
        }

        String period() {
            return periodFrom + " to " + today;
        }

        Indicator base(String id, String name, String definition, String unit, String asOf, String source,
                       String numeratorCounts, String denominatorCounts, Indicator.Comparator comparator) {
            return new Indicator(id, name, definition, m.marketName(), m.localityName(), null, unit, null,
                    numeratorCounts, null, denominatorCounts, asOf, source, Status.AVAILABLE, null, comparator);
        }

        String populationSource() {
            return m.population() == null ? "ONS 2022-based subnational population projections" : m.population().source();
        }

        /** Why a population figure is missing, or null when the population can be used. */
        String noPopulation() {
            if (m.districts() != null) {
                return "ONS projects population by council, not by postcode district: no population data for a locality.";
            }
            if (m.population() == null) {
                return "No population data: " + m.councilName() + " has no population projection here. An ADMIN can "
                        + "import ONS's projection CSV for it (POST /api/sufficiency/population).";
            }
            if (!m.population().covers(year)) {
                return "No population data for " + year + " in the projection held (" + m.population().firstYear()
                        + "–" + m.population().lastYear() + ").";
            }
            return null;
        }

        double persons(AgeBand band, int y) {
            return m.population().persons(band, y);
        }
    }

    /** A ratio × scale, rounded to {@code places}; missing (NO_DATA, with the reason) when the denominator is 0. */
    static Indicator ratio(Indicator base, double numerator, double denominator, double scale, int places, String whenNone) {
        if (denominator == 0) {
            return base.missing(Status.NO_DATA, whenNone);
        }
        return new Indicator(base.id(), base.name(), base.definition(), base.market(), base.locality(),
                round(numerator * scale / denominator, places), base.unit(), round(numerator, 3), base.numeratorCounts(),
                round(denominator, 3), base.denominatorCounts(), base.asOf(), base.source(), Status.AVAILABLE, null,
                base.comparator());
    }

    /** A count or amount with no denominator. */
    static Indicator value(Indicator base, double value, int places, String note) {
        return new Indicator(base.id(), base.name(), base.definition(), base.market(), base.locality(),
                round(value, places), base.unit(), round(value, places), base.numeratorCounts(), null, null,
                base.asOf(), base.source(), Status.AVAILABLE, note, base.comparator());
    }

    static Double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    // ---------------------------------------------------------------- demography

    static List<Indicator> demography(Context c) {
        List<Indicator> out = new ArrayList<>();
        String why = c.noPopulation();
        for (AgeBand band : AgeBand.values()) {
            Indicator b = c.base("D1." + band.label(), "Population aged " + band.label() + ", " + c.year,
                    "Σ P(a," + c.year + ") for ages " + band.label() + " (ONS 2022-based SNPP, persons)", "persons",
                    String.valueOf(c.year), c.populationSource(), "persons aged " + band.label(), null, null);
            out.add(why != null ? b.missing(Status.NO_POPULATION_DATA, why) : value(b, c.persons(band, c.year), 0, null));
        }
        int horizon = c.year + 10;
        for (AgeBand band : List.of(AgeBand.AGED_65_PLUS, AgeBand.AGED_75_PLUS, AgeBand.AGED_85_PLUS)) {
            Indicator b = c.base("D2." + band.label(), "Growth index aged " + band.label() + ", " + horizon + " (" + c.year + " = 100)",
                    "P(" + band.label() + "," + horizon + ") ÷ P(" + band.label() + "," + c.year + ") × 100", "index",
                    c.year + "→" + horizon, c.populationSource(), "persons aged " + band.label() + " in " + horizon,
                    "persons aged " + band.label() + " in " + c.year, null);
            if (why == null && !c.m.population().covers(horizon)) {
                out.add(b.missing(Status.NO_POPULATION_DATA, "The projection held ends in " + c.m.population().lastYear() + "."));
            } else {
                out.add(why != null ? b.missing(Status.NO_POPULATION_DATA, why)
                        : ratio(b, c.persons(band, horizon), c.persons(band, c.year), 100, 1, "none"));
            }
        }
        Indicator share = c.base("D3.share", "Aged 85+ as a share of 65+, " + c.year, "P(85+) ÷ P(65+) × 100", "%",
                String.valueOf(c.year), c.populationSource(), "persons aged 85+", "persons aged 65+", null);
        Indicator per100 = c.base("D3.per100", "Aged 75+ per 100 aged 18–64, " + c.year, "P(75+) ÷ P(18–64) × 100",
                "per 100 aged 18–64", String.valueOf(c.year), c.populationSource(), "persons aged 75+", "persons aged 18–64", null);
        if (why != null) {
            out.add(share.missing(Status.NO_POPULATION_DATA, why));
            out.add(per100.missing(Status.NO_POPULATION_DATA, why));
        } else {
            out.add(ratio(share, c.persons(AgeBand.AGED_85_PLUS, c.year), c.persons(AgeBand.AGED_65_PLUS, c.year), 100, 1, "none"));
            out.add(ratio(per100, c.persons(AgeBand.AGED_75_PLUS, c.year), c.persons(AgeBand.AGED_18_64, c.year), 100, 1, "none"));
        }
        for (boolean careHome : new boolean[]{true, false}) {
            for (AgeBand band : AgeBand.disjointBands()) {
                ReferenceCode code = ReferenceCode.funded(careHome, band);
                ReferenceFigure entered = c.m.references().get(code);
                String service = careHome ? "care homes" : "home care";
                Indicator b = c.base("D7." + (careHome ? "care-homes." : "homecare.") + band.label(),
                        "Council service-use rate, " + service + ", aged " + band.label(),
                        "r(s,a) = council-funded people in " + service + " aged " + band.label() + " ÷ P(" + band.label() + ", "
                                + c.year + ") × 100", "%", entered == null ? String.valueOf(c.year) : entered.asOf().toString(),
                        entered == null ? "Figure entered by the council (" + code + ") and " + c.populationSource()
                                : entered.source() + "; " + c.populationSource(),
                        "council-funded people aged " + band.label() + " (" + code + ")", "persons aged " + band.label(), null);
                if (entered == null) {
                    out.add(b.missing(Status.NOT_ENTERED, "Enter " + code + " (council-funded people by age band, e.g. from "
                            + "the council's case-management system) to compute this rate."));
                } else if (why != null) {
                    out.add(b.missing(Status.NO_POPULATION_DATA, why));
                } else {
                    out.add(ratio(b, entered.value().doubleValue(), c.persons(band, c.year), 100, 2, "none"));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- care homes

    static boolean goodOrOutstanding(RatingValue r) {
        return r == RatingValue.GOOD || r == RatingValue.OUTSTANDING;
    }

    static List<Indicator> careHomes(Context c) {
        List<Indicator> out = new ArrayList<>();
        List<MarketService> homes = c.registered.stream().filter(s -> s.kind().isCareHome()).toList();
        int beds = homes.stream().mapToInt(MarketService::capacity).sum();
        out.add(value(c.base("CH1", "Care homes", "count of registered care homes", "homes", c.today, REGISTER,
                "registered care homes", null, null), homes.size(), 0, null));
        out.add(value(c.base("CH2", "Registered beds", "Σ registered beds of registered care homes", "beds", c.today,
                REGISTER, "registered beds", null, null), beds, 0, null));
        boolean nursingOnly = c.m.kind() == ServiceKind.CARE_HOME_NURSING;
        boolean residentialOnly = c.m.kind() == ServiceKind.CARE_HOME_RESIDENTIAL;
        Indicator ch3 = c.base("CH3", "Beds per 100 aged 75+", "CH2 ÷ P(75+, " + c.year + ") × 100 (OHID Fingertips 92490 construct)",
                "beds per 100 aged 75+", c.today + " (beds); " + c.year + " (population)", REGISTER + "; " + c.populationSource(),
                "registered beds", "persons aged 75+", nursingOnly ? NationalFigures.NURSING_BEDS_PER_100_75
                        : residentialOnly ? NationalFigures.RESIDENTIAL_BEDS_PER_100_75 : NationalFigures.BEDS_PER_100_75);
        String why = c.noPopulation();
        out.add(why != null ? ch3.missing(Status.NO_POPULATION_DATA, why)
                : ratio(ch3, beds, c.persons(AgeBand.AGED_75_PLUS, c.year), 100, 2, "none"));

        List<MarketService> reported = homes.stream().filter(h -> c.m.current().containsKey(h.id())).toList();
        int capacity = 0;
        int occupied = 0;
        int admittable = 0;
        int closed = 0;
        int available = 0;
        int stale = 0;
        Instant oldest = null;
        Instant newest = null;
        for (MarketService h : reported) {
            OccupancyPoint p = c.m.current().get(h.id());
            capacity += p.capacity();
            int vacant = p.available() + p.held();
            occupied += Math.max(0, p.capacity() - vacant - p.closed());
            admittable += vacant;
            closed += p.closed();
            available += p.available();
            if (p.at().isBefore(c.m.staleBefore())) {
                stale++;
            }
            oldest = oldest == null || p.at().isBefore(oldest) ? p.at() : oldest;
            newest = newest == null || p.at().isAfter(newest) ? p.at() : newest;
        }
        String reportDates = oldest == null ? c.today : LocalDate.ofInstant(oldest, java.time.ZoneOffset.UTC) + " to "
                + LocalDate.ofInstant(newest, java.time.ZoneOffset.UTC);
        String coverage = reported.size() + " of " + homes.size() + " homes have reported"
                + (stale > 0 ? "; " + stale + " of those reports are older than the staleness limit" : "") + ".";
        String none = "No care home in this market has reported its vacancies.";
        out.add(note(ratio(c.base("CH4", "Occupancy", "occupied beds ÷ beds of the homes that reported × 100; occupied = "
                        + "capacity − available − held − closed (DHSC/Capacity Tracker definition)", "%", reportDates, REPORTS,
                "occupied beds", "beds of the homes that reported", NationalFigures.OCCUPANCY), occupied, capacity, 100, 1, none), coverage));
        out.add(note(ratio(c.base("CH5", "Vacant and admittable", "(available + held) beds ÷ beds of the homes that reported × 100",
                "%", reportDates, REPORTS, "vacant admittable beds (available + held for an offer)",
                "beds of the homes that reported", NationalFigures.VACANT_ADMITTABLE), admittable, capacity, 100, 1, none), coverage));
        out.add(note(ratio(c.base("CH6", "Vacant, not admittable", "closed beds ÷ beds of the homes that reported × 100", "%",
                reportDates, REPORTS, "beds reported closed to admissions", "beds of the homes that reported",
                NationalFigures.VACANT_NOT_ADMITTABLE), closed, capacity, 100, 1, none), coverage));
        Indicator ch7 = c.base("CH7", "Usable spare capacity", "Σ beds reported available now (count)", "beds", reportDates,
                REPORTS, "beds available now", null, null);
        out.add(reported.isEmpty() ? ch7.missing(Status.NO_DATA, none) : value(ch7, available, 0, coverage));

        int rated = homes.stream().filter(h -> goodOrOutstanding(h.rating())).mapToInt(MarketService::capacity).sum();
        out.add(ratio(c.base("CH8", "Beds rated Good or Outstanding", "beds in homes CQC rates Good or Outstanding ÷ all "
                        + "registered beds × 100", "%", c.today, REGISTER, "beds in Good or Outstanding homes", "registered beds", null),
                rated, beds, 100, 1, "No registered care home beds."));
        long goodHomes = homes.stream().filter(h -> goodOrOutstanding(h.rating())).count();
        out.add(ratio(c.base("CH8.locations", "Homes rated Good or Outstanding", "homes rated Good or Outstanding ÷ "
                        + "registered homes × 100", "%", c.today, REGISTER, "Good or Outstanding homes", "registered homes", null),
                goodHomes, homes.size(), 100, 1, "No registered care homes."));

        Map<String, MarketService> byId = c.m.services().stream().collect(Collectors.toMap(MarketService::id, s -> s));
        List<PackageFact> funded = c.yearOfRequests.stream().filter(p -> p.kind().isCareHome()
                && p.status() == PackageStatus.AWARDED && p.funding() == Funding.COUNCIL_ARRANGED).toList();
        long fundedGood = funded.stream().filter(p -> byId.containsKey(p.awardedServiceId())
                && goodOrOutstanding(byId.get(p.awardedServiceId()).rating())).count();
        out.add(ratio(c.base("CH9", "Council-funded placements in Good or Outstanding homes", "council-arranged care home "
                        + "awards to homes rated Good or Outstanding now ÷ all council-arranged care home awards × 100",
                "%", c.period(), BROKERAGE + "; " + REGISTER, "awards to Good or Outstanding homes", "council-arranged care home awards", null),
                fundedGood, funded.size(), 100, 1, "No council-arranged care home awards in the last 12 months."));
        long awards = c.yearOfRequests.stream().filter(p -> p.kind().isCareHome() && p.status() == PackageStatus.AWARDED).count();
        out.add(note(ratio(c.base("CH11", "New placements per month", "care home awards in the last 12 months ÷ 12",
                        "placements a month", c.period(), BROKERAGE, "care home awards in 12 months", "months", null),
                awards, 12, 1, 1, "none"), "Brokerage does not record the contract route (framework, block or spot)."));

        Instant yearAgo = c.m.now().minus(Duration.ofDays(365));
        List<MarketService> allHomes = c.m.services().stream().filter(s -> s.kind().isCareHome()).toList();
        List<MarketService> opened = allHomes.stream().filter(s -> !s.recordedAt().isBefore(yearAgo)).toList();
        List<MarketService> closedHomes = allHomes.stream().filter(s -> s.status() == RegistrationStatus.DEREGISTERED
                && !s.changedAt().isBefore(yearAgo)).toList();
        String firstKnown = "A home counts as opened when it was first recorded in this register, and as closed when its "
                + "record was last changed after deregistration; both in the last 12 months.";
        out.add(value(c.base("CH12.opened", "Beds opened", "Σ beds of homes first recorded in the last 12 months", "beds",
                c.period(), REGISTER, "beds opened", null, null), opened.stream().mapToInt(MarketService::capacity).sum(), 0,
                opened.size() + " homes. " + firstKnown));
        out.add(value(c.base("CH12.closed", "Beds closed", "Σ beds of homes deregistered in the last 12 months", "beds",
                c.period(), REGISTER, "beds closed", null, null), closedHomes.stream().mapToInt(MarketService::capacity).sum(), 0,
                closedHomes.size() + " homes. " + firstKnown));

        List<YearMonth> lastThree = MonthlySnapshots.months(c.m.now(), 3);
        List<String> low = MonthlySnapshots.underEightyForThreeMonths(c.m, lastThree);
        Indicator ch13 = c.base("CH13", "Homes under 80% occupied for three months", "care homes whose occupancy was "
                        + "under 80% in each of the last three monthly snapshots (" + lastThree.get(0) + " to " + lastThree.get(2) + ")",
                "homes", lastThree.get(0) + " to " + lastThree.get(2), "Vacancy history (monthly snapshots, Capacity Tracker window)",
                "homes under 80% three months running", null, null);
        out.add(c.m.history().isEmpty() ? ch13.missing(Status.NO_DATA, "No vacancy history for these homes.")
                : value(ch13, low.size(), 0, null));
        return out;
    }

    static Indicator note(Indicator i, String note) {
        if (i.status() != Status.AVAILABLE) {
            return i;
        }
        return new Indicator(i.id(), i.name(), i.definition(), i.market(), i.locality(), i.value(), i.unit(), i.numerator(),
                i.numeratorCounts(), i.denominator(), i.denominatorCounts(), i.asOf(), i.source(), i.status(), note, i.comparator());
    }

    // ---------------------------------------------------------------- home care

    static List<Indicator> homecare(Context c) {
        List<Indicator> out = new ArrayList<>();
        List<MarketService> agencies = c.registered.stream().filter(s -> s.kind() == ServiceKind.HOMECARE).toList();
        long providers = agencies.stream().map(MarketService::providerId).distinct().count();
        out.add(value(c.base("HC1", "Home care services", "count of registered home care services (CQC locations)",
                "services", c.today, REGISTER, "registered home care services", null, null), agencies.size(), 0,
                providers + " providers run them."));
        int spare = agencies.stream().filter(a -> c.m.current().containsKey(a.id()))
                .mapToInt(a -> c.m.current().get(a.id()).available()).sum();
        int commissioned = c.yearOfRequests.stream().filter(p -> p.kind() == ServiceKind.HOMECARE
                && p.status() == PackageStatus.AWARDED && p.funding() == Funding.COUNCIL_ARRANGED).mapToInt(PackageFact::hoursPerWeek).sum();
        out.add(ratio(c.base("HC5", "Home care capacity headroom", "Σ spare hours a week providers report now ÷ hours a week "
                        + "of council-arranged home care awarded in the last 12 months × 100", "%", c.period(), REPORTS + "; " + BROKERAGE,
                "spare hours a week reported", "council-arranged hours a week awarded", null), spare, commissioned, 100, 1,
                "No council-arranged home care awarded in the last 12 months."));
        return out;
    }

    // ---------------------------------------------------------------- brokerage

    static List<Indicator> brokerage(Context c) {
        List<Indicator> out = new ArrayList<>();
        List<PackageFact> requests = c.yearOfRequests;
        String period = c.period();
        out.add(value(c.base("B1", "Requests", "care-package requests made in the last 12 months", "requests", period,
                BROKERAGE, "requests", null, null), requests.size(), 0, null));
        List<Double> days = requests.stream().filter(p -> p.status() == PackageStatus.AWARDED && p.closedAt() != null)
                .map(p -> Duration.between(p.createdAt(), p.closedAt()).toSeconds() / 86_400.0).sorted().toList();
        String noAwards = "No request in this market was awarded in the last 12 months.";
        Indicator median = c.base("B2.median", "Median time to source", "award − request (days), median (nearest rank) "
                + "of the requests awarded", "days", period, BROKERAGE, "days from request to award", null, null);
        Indicator p90 = c.base("B2.p90", "90th percentile time to source", "award − request (days), 90th percentile "
                + "(nearest rank) of the requests awarded", "days", period, BROKERAGE, "days from request to award", null, null);
        if (days.isEmpty()) {
            out.add(median.missing(Status.NO_DATA, noAwards));
            out.add(p90.missing(Status.NO_DATA, noAwards));
        } else {
            out.add(value(median, percentile(days, 50), 1, days.size() + " awards."));
            out.add(value(p90, percentile(days, 90), 1, days.size() + " awards."));
        }
        long within2 = days.stream().filter(d -> d <= 2).count();
        long within7 = days.stream().filter(d -> d <= 7).count();
        String noRequests = "No requests in this market in the last 12 months.";
        out.add(ratio(c.base("B2.within2", "Sourced within 2 days", "requests awarded within 2 days ÷ requests × 100", "%",
                period, BROKERAGE, "requests awarded within 2 days", "requests", null), within2, requests.size(), 100, 1, noRequests));
        out.add(ratio(c.base("B2.within7", "Sourced within 7 days", "requests awarded within 7 days ÷ requests × 100", "%",
                period, BROKERAGE, "requests awarded within 7 days", "requests", null), within7, requests.size(), 100, 1, noRequests));
        int offers = requests.stream().mapToInt(PackageFact::offersSent).sum();
        out.add(ratio(c.base("B3", "Offers per request", "offers sent ÷ requests", "offers per request", period, BROKERAGE,
                "offers sent", "requests", null), offers, requests.size(), 1, 2, noRequests));
        Instant weekAgo = c.m.now().minus(Duration.ofDays(7));
        List<PackageFact> open = c.m.packages().stream().filter(p -> !p.status().isClosed()).toList();
        out.add(value(c.base("B4", "Unsourced requests now", "open requests with no award at " + c.today, "requests", c.today,
                BROKERAGE, "open requests", null, null), open.size(), 0,
                open.stream().filter(p -> p.createdAt().isBefore(weekAgo)).count() + " of them waiting more than 7 days."));
        long unsourced = requests.stream().filter(p -> p.status() == PackageStatus.UNSOURCED
                || !p.status().isClosed() && p.createdAt().isBefore(weekAgo)).count();
        out.add(ratio(c.base("B5", "Unsourced rate", "(requests closed unsourced + requests open more than 7 days) ÷ requests × 100",
                "%", period, BROKERAGE, "requests unsourced or open more than 7 days", "requests", null), unsourced,
                requests.size(), 100, 1, noRequests));
        out.add(b6(c));
        int hoursWaiting = open.stream().filter(p -> p.kind() == ServiceKind.HOMECARE).mapToInt(PackageFact::hoursPerWeek).sum();
        if (c.m.kind() == null || c.m.kind() == ServiceKind.HOMECARE) {
            out.add(value(c.base("B7", "Home care hours waiting to start", "Σ hours a week of open home care requests", "hours a week",
                    c.today, BROKERAGE, "hours a week requested and not yet awarded", null, null), hoursWaiting, 0, null));
        }
        return out;
    }

    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The usual rate an award of this kind is compared with (B6), or null. */
    static ReferenceCode usualRate(ServiceKind kind) {
        return switch (kind) {
            case HOMECARE -> ReferenceCode.USUAL_RATE_HOMECARE;
            case CARE_HOME_RESIDENTIAL -> ReferenceCode.USUAL_RATE_RESIDENTIAL_65;
            case CARE_HOME_NURSING -> ReferenceCode.USUAL_RATE_NURSING_65;
            case SUPPORTED_LIVING -> ReferenceCode.USUAL_RATE_SUPPORTED_LIVING;
            default -> null;
        };
    }

    static Indicator b6(Context c) {
        Indicator b = c.base("B6", "Awards above the usual rate", "awards priced above the usual rate for their kind (F1) "
                        + "÷ awards with a usual rate × 100", "%", c.period(), BROKERAGE + "; usual rates entered by the council",
                "awards above the usual rate", "awards of kinds with a usual rate entered", null);
        int above = 0;
        int compared = 0;
        double premium = 0;
        for (PackageFact p : c.yearOfRequests) {
            ReferenceCode code = usualRate(p.kind());
            ReferenceFigure usual = code == null ? null : c.m.references().get(code);
            if (p.status() != PackageStatus.AWARDED || p.awardedPrice() == null || usual == null) {
                continue;
            }
            compared++;
            if (p.awardedPrice().compareTo(usual.value()) > 0) {
                above++;
                premium += p.awardedPrice().subtract(usual.value()).doubleValue();
            }
        }
        if (compared == 0) {
            boolean anyRate = java.util.Arrays.stream(ServiceKind.values()).map(Indicators::usualRate)
                    .anyMatch(code -> code != null && c.m.references().containsKey(code));
            return anyRate ? b.missing(Status.NO_DATA, "No awards of a kind with a usual rate in the last 12 months.")
                    : b.missing(Status.NOT_ENTERED, "Enter the usual rates (F1) to compare awards with them.");
        }
        return note(ratio(b, above, compared, 100, 1, "none"), above == 0 ? null
                : "Mean premium of those above: £" + round(premium / above, 2) + ".");
    }

    // ---------------------------------------------------------------- market structure

    static List<Indicator> structure(Context c) {
        List<Indicator> out = new ArrayList<>();
        LocalDate today = c.m.today();
        LocalDate april = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        Instant since = april.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        long entries = c.m.services().stream().filter(s -> !s.recordedAt().isBefore(since)).count();
        long exits = c.m.services().stream().filter(s -> s.status() == RegistrationStatus.DEREGISTERED
                && !s.changedAt().isBefore(since)).count();
        String first = "Counted from when a service was first recorded in this register and when its record was "
                + "deregistered here.";
        out.add(value(c.base("M1.entries", "Services entering since 1 April", "services first recorded since " + april,
                "services", april + " to " + c.today, REGISTER, "services entering", null, null), entries, 0, first));
        out.add(value(c.base("M1.exits", "Services leaving since 1 April", "services deregistered since " + april,
                "services", april + " to " + c.today, REGISTER, "services leaving", null, null), exits, 0, first));
        Map<String, Integer> byProvider = new HashMap<>();
        c.registered.forEach(s -> byProvider.merge(s.providerId(), s.capacity(), Integer::sum));
        int total = byProvider.values().stream().mapToInt(Integer::intValue).sum();
        int top3 = byProvider.values().stream().sorted(Comparator.reverseOrder()).limit(3).mapToInt(Integer::intValue).sum();
        String none = "No registered services in this market.";
        out.add(ratio(c.base("M2.top3", "Top-3 providers' share of capacity", "capacity of the three largest providers ÷ all "
                        + "registered capacity × 100", "%", c.today, REGISTER, "capacity of the three largest providers",
                "registered capacity", null), top3, total, 100, 1, none));
        Indicator hhi = c.base("M2.hhi", "Concentration (HHI)", "Σ (provider's share of capacity in %)²", "index (0–10,000)",
                c.today, REGISTER, "Σ share²", null, null);
        out.add(total == 0 ? hhi.missing(Status.NO_DATA, none) : value(hhi,
                byProvider.values().stream().mapToDouble(v -> Math.pow(100.0 * v / total, 2)).sum(), 0,
                byProvider.size() + " providers."));
        if (c.m.kind() == null || c.m.kind().isCareHome()) {
            List<MarketService> homes = c.registered.stream().filter(s -> s.kind().isCareHome()).toList();
            int[][] bands = {{0, 10}, {11, 49}, {50, Integer.MAX_VALUE}};
            String[] names = {"10 beds or fewer", "11–49 beds", "50 beds or more"};
            String[] ids = {"M3.small", "M3.medium", "M3.large"};
            for (int i = 0; i < 3; i++) {
                int[] band = bands[i];
                long n = homes.stream().filter(h -> h.capacity() >= band[0] && h.capacity() <= band[1]).count();
                out.add(ratio(c.base(ids[i], "Homes with " + names[i], "homes with " + names[i] + " ÷ registered homes × 100 "
                                + "(CQC's size bands)", "%", c.today, REGISTER, "homes with " + names[i], "registered homes", null),
                        n, homes.size(), 100, 1, "No registered care homes."));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- personal assistants

    static List<Indicator> assistants(Context c) {
        List<Indicator> out = new ArrayList<>();
        var supply = c.m.assistants();
        Indicator listed = c.base("PA1", "Personal assistants listed", "PAs listed in the council's area", "PAs", c.today, PAS,
                "listed PAs", null, null);
        Indicator verified = c.base("PA2", "Personal assistants verified", "listed PAs with checks verified and in date ÷ "
                + "listed PAs × 100", "%", c.today, PAS, "verified PAs", "listed PAs", null);
        Indicator demand = c.base("PA3", "Introductions waiting per PA", "introductions waiting for an answer ÷ listed PAs",
                "introductions per PA", c.today, PAS, "introductions waiting", "listed PAs", null);
        if (supply == null) {
            String why = "PA figures are by council, not by locality.";
            return List.of(listed.missing(Status.NO_DATA, why), verified.missing(Status.NO_DATA, why), demand.missing(Status.NO_DATA, why));
        }
        out.add(value(listed, supply.assistants(), 0, null));
        out.add(ratio(verified, supply.verified(), supply.assistants(), 100, 1, "No PAs listed."));
        out.add(ratio(demand, supply.openIntroductions(), supply.assistants(), 1, 2, "No PAs listed."));
        return out;
    }

    // ---------------------------------------------------------------- fees and workforce

    static Indicator entered(Context c, String id, ReferenceCode code) {
        ReferenceFigure f = c.m.references().get(code);
        Indicator b = c.base(id, code.label(), "figure entered by the council: " + code, code.unit(),
                f == null ? c.today : f.asOf().toString(), f == null ? "Entered by the council" : f.source(), code.label(), null, null);
        return f == null ? b.missing(Status.NOT_ENTERED, "Not entered yet (" + code + ").")
                : value(b, f.value().doubleValue(), 2, null);
    }

    static List<Indicator> fees(Context c) {
        List<Indicator> out = new ArrayList<>();
        ServiceKind k = c.m.kind();
        for (ReferenceCode code : ReferenceCode.values()) {
            if (code.indicator().equals("F1") && (k == null || code == usualRate(k))) {
                out.add(entered(c, "F1." + code.name(), code));
            }
        }
        Map<ServiceKind, List<PackageFact>> awarded = c.yearOfRequests.stream()
                .filter(p -> p.status() == PackageStatus.AWARDED && p.awardedPrice() != null)
                .collect(Collectors.groupingBy(PackageFact::kind));
        for (ServiceKind kind : ServiceKind.values()) {
            if (k != null && kind != k) {
                continue;
            }
            List<PackageFact> prices = awarded.getOrDefault(kind, List.of());
            double sum = prices.stream().mapToDouble(p -> p.awardedPrice().doubleValue()).sum();
            String unit = kind == ServiceKind.HOMECARE ? "£ per hour" : "£ per week";
            Indicator f2 = c.base("F2." + kind.name(), "Average price awarded, " + kind, "Σ awarded prices ÷ awards "
                            + "(each award weighs one; " + unit + ")", unit, c.period(), BROKERAGE, "Σ awarded prices (£)", "awards", null);
            out.add(ratio(f2, sum, prices.size(), 1, 2, "No awards with a price in the last 12 months."));
            ReferenceCode fcoc = switch (kind) {
                case CARE_HOME_RESIDENTIAL -> ReferenceCode.FCOC_MEDIAN_RESIDENTIAL_65;
                case CARE_HOME_NURSING -> ReferenceCode.FCOC_MEDIAN_NURSING_65;
                case HOMECARE -> ReferenceCode.FCOC_MEDIAN_HOMECARE;
                default -> null;
            };
            if (fcoc != null) {
                ReferenceFigure median = c.m.references().get(fcoc);
                Indicator f4 = c.base("F4." + kind.name(), "Gap to Fair Cost of Care, " + kind, "F2 − the council's Fair Cost "
                                + "of Care median (" + fcoc + ")", unit, c.period(), BROKERAGE + "; " + (median == null
                                ? "FCoC median entered by the council" : median.source()), "average price awarded", null,
                        kind == ServiceKind.CARE_HOME_NURSING ? NationalFigures.FCOC_GAP_NURSING
                                : kind == ServiceKind.CARE_HOME_RESIDENTIAL ? NationalFigures.FCOC_GAP_RESIDENTIAL : null);
                if (median == null) {
                    out.add(f4.missing(Status.NOT_ENTERED, "Enter " + fcoc + " (the council's Fair Cost of Care median)."));
                } else if (prices.isEmpty()) {
                    out.add(f4.missing(Status.NO_DATA, "No awards with a price in the last 12 months."));
                } else {
                    double mean = sum / prices.size();
                    out.add(new Indicator(f4.id(), f4.name(), f4.definition(), f4.market(), f4.locality(),
                            round(mean - median.value().doubleValue(), 2), unit, round(mean, 2), "average price awarded",
                            median.value().doubleValue(), "FCoC median (subtracted)", f4.asOf(), f4.source(), Status.AVAILABLE,
                            "Median dated " + median.asOf() + ", not uplifted.", f4.comparator()));
                }
            }
        }
        if (k == null || k == ServiceKind.HOMECARE) {
            ReferenceFigure spot = c.m.references().get(ReferenceCode.SPOT_RATE_HOMECARE);
            ReferenceFigure framework = c.m.references().get(ReferenceCode.FRAMEWORK_RATE_HOMECARE);
            Indicator f5 = c.base("F5", "Spot rate above framework rate, home care", "mean spot rate − mean framework rate",
                    "£ per hour", spot == null ? c.today : spot.asOf().toString(), "Entered by the council",
                    "mean spot rate", null, null);
            out.add(spot == null || framework == null ? f5.missing(Status.NOT_ENTERED,
                    "Enter SPOT_RATE_HOMECARE and FRAMEWORK_RATE_HOMECARE.")
                    : new Indicator("F5", f5.name(), f5.definition(), f5.market(), f5.locality(),
                    round(spot.value().subtract(framework.value()).doubleValue(), 2), "£ per hour", spot.value().doubleValue(),
                    "mean spot rate", framework.value().doubleValue(), "mean framework rate (subtracted)", f5.asOf(),
                    spot.source() + "; " + framework.source(), Status.AVAILABLE, null, null));
        }
        return out;
    }

    static List<Indicator> workforce(Context c) {
        return List.of(entered(c, "W1", ReferenceCode.WORKFORCE_FILLED_POSTS),
                entered(c, "W2", ReferenceCode.WORKFORCE_VACANCY_RATE),
                entered(c, "W3", ReferenceCode.WORKFORCE_TURNOVER_RATE),
                entered(c, "W4", ReferenceCode.WORKFORCE_CARE_WORKERS_CHANGE));
    }

    /** The indicator with this id, if the list has it. */
    public static java.util.Optional<Indicator> find(Collection<Indicator> indicators, String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    static <T> Predicate<T> not(Predicate<T> p) {
        return p.negate();
    }

    static Set<String> ids(Collection<Indicator> all) {
        return all.stream().map(Indicator::id).collect(Collectors.toSet());
    }
}
