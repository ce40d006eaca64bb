package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.assistant.control.AssistantSupply;
import org.caremarket.brokerage.control.BrokerageMetrics;
import org.caremarket.brokerage.control.CarePackages;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.cqc.control.Alerts;
import org.caremarket.cqc.entity.CqcAlert;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.DirectoryEntry;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.control.Charts;
import org.caremarket.sufficiency.control.CouncilInputs;
import org.caremarket.sufficiency.control.Market;
import org.caremarket.sufficiency.control.MonthlySnapshots;
import org.caremarket.sufficiency.control.Sufficiency;
import org.caremarket.sufficiency.control.Tiles;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Table;
import org.caremarket.vacancy.control.Vacancies;

/**
 * What a commissioner's pages show, read through the owners' control layers only: sufficiency's indicators, tiles,
 * snapshots and charts, vacancy's reports (the chase list), CQC's alerts, brokerage's figures and the PA register's
 * supply. Each of them checks who may read which council, as for the API.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilMarket {

    /** The periods the dashboard's monthly charts can show, in months. */
    public static final List<Integer> PERIODS = List.of(3, 6, 12);

    @Inject
    Sufficiency sufficiency;

    @Inject
    CouncilInputs inputs;

    @Inject
    Vacancies vacancies;

    @Inject
    CareServices register;

    @Inject
    Freshness freshness;

    @Inject
    Alerts alerts;

    @Inject
    BrokerageMetrics brokerage;

    @Inject
    CarePackages packages;

    @Inject
    AssistantSupply assistants;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** A chart: its table (the content) and the SVG drawn from the same figures (an aid). */
    public record Chart(String name, Table table, String svg) {
    }

    /** The dashboard of one council's market, cut to a kind and a locality, with monthly charts over a period. */
    public record Dashboard(Council council, ServiceKind kind, String locality, int months, List<Tiles.Tile> tiles,
                            List<Indicator> indicators, List<String> localities, List<Chart> charts, Instant computedAt) {
    }

    /** The council the caller reads: its own (COMMISSIONER, BROKER) or the one an ADMIN names. */
    public Council council(String requested) {
        caller.require(Role.COMMISSIONER, Role.BROKER, Role.ADMIN);
        if (caller.get().is(Role.BROKER)) {
            return sufficiency.socialCareCouncil(caller.councilFor(requested));
        }
        return sufficiency.councilFor(requested);
    }

    public Dashboard dashboard(String council, ServiceKind kind, String locality, int months) {
        Council c = sufficiency.councilFor(council);
        Market whole = sufficiency.market(c.code());
        Market market = locality == null ? (kind == null ? whole : whole.cut(kind, null, null))
                : sufficiency.market(c.code(), kind, locality);
        List<Indicator> indicators = sufficiency.indicators(market);
        TreeSet<String> places = new TreeSet<>();
        inputs.localities(c.code()).forEach(l -> places.add(l.name()));
        TreeSet<String> districts = new TreeSet<>();
        whole.services().stream().map(MarketService::district).filter(d -> d != null).forEach(districts::add);
        List<String> localities = new ArrayList<>(places);
        localities.addAll(districts);
        return new Dashboard(c, kind, locality, months, Tiles.of(indicators), indicators, localities,
                charts(market, months), market.now());
    }

    /** One of the dashboard's charts by name (for its CSV), or null. */
    public Chart chart(String council, ServiceKind kind, String locality, int months, String name) {
        Council c = sufficiency.councilFor(council);
        Market market = sufficiency.market(c.code(), kind, locality);
        return charts(market, months).stream().filter(ch -> ch.name().equals(name)).findFirst().orElse(null);
    }

    List<Chart> charts(Market market, int months) {
        List<MonthlySnapshots.Snapshot> snapshots = sufficiency.snapshots(market, months);
        List<YearMonth> monthList = snapshots.stream().map(MonthlySnapshots.Snapshot::month).distinct().sorted().toList();
        List<ServiceKind> kinds = snapshots.stream().map(MonthlySnapshots.Snapshot::kind).distinct().sorted().toList();
        List<String> categories = monthList.stream().map(m -> m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK)
                + " " + m.getYear()).toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("occupancy", "Occupancy by month (Capacity Tracker window)", "%", monthList, kinds, snapshots,
                s -> s.occupancyPercent() == null ? Double.NaN : s.occupancyPercent(), categories, true));
        charts.add(chart("vacant-beds", "Vacant care home beds that could admit, by month", "beds", monthList,
                kinds.stream().filter(ServiceKind::isCareHome).toList(), snapshots,
                s -> s.vacantAdmittable(), categories, false));
        return charts;
    }

    private static Chart chart(String name, String title, String unit, List<YearMonth> months, List<ServiceKind> kinds,
                               List<MonthlySnapshots.Snapshot> snapshots, ToDoubleFunction<MonthlySnapshots.Snapshot> figure,
                               List<String> categories, boolean line) {
        Map<ServiceKind, List<Double>> byKind = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(List.of("month"));
        for (ServiceKind k : kinds) {
            columns.add(label(k) + " (" + unit + ")");
            List<Double> values = new ArrayList<>();
            for (YearMonth m : months) {
                Double v = snapshots.stream().filter(s -> s.kind() == k && s.month().equals(m)).findFirst()
                        .map(s -> figure.applyAsDouble(s)).filter(d -> !d.isNaN()).orElse(null);
                values.add(v);
            }
            byKind.put(k, values);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            List<String> row = new ArrayList<>(List.of(months.get(i).toString()));
            for (ServiceKind k : kinds) {
                row.add(Table.cell(byKind.get(k).get(i)));
            }
            rows.add(row);
        }
        Table table = new Table(name, title, columns, rows);
        List<Charts.Series> series = kinds.stream().map(k -> new Charts.Series(label(k), byKind.get(k), false)).toList();
        String desc = kinds.isEmpty() ? "No care homes report in this period." : title + " for " + kinds.stream()
                .map(CouncilMarket::label).reduce((a, b) -> a + " and " + b).orElse("") + ", " + categories.get(0) + " to "
                + categories.get(categories.size() - 1) + ". The table above gives every figure.";
        String svg = line ? Charts.line("chart-" + name, title, desc, categories, series, unit, false)
                : Charts.bars("chart-" + name, title, desc, categories, series, unit);
        return new Chart(name, table, svg);
    }

    static String label(ServiceKind k) {
        return switch (k) {
            case CARE_HOME_NURSING -> "Nursing homes";
            case CARE_HOME_RESIDENTIAL -> "Residential homes";
            case HOMECARE -> "Home care";
            case EXTRA_CARE -> "Extra care";
            case SUPPORTED_LIVING -> "Supported living";
            case SHARED_LIVES -> "Shared Lives";
        };
    }

    // ---- the chase list ---------------------------------------------------------------------------------------

    /** A service to chase: its report's date (null: never), how to reach it. */
    public record Stale(String serviceId, String name, ServiceKind kind, String providerName, String postcode,
                        Instant reportedAt, Long daysSince, String phone, String email, String website) {
    }

    /** A CQC alert and what it touches in the council's brokerage: open offers to the service, open requests they serve. */
    public record AlertImpact(CqcAlert alert, int openOffers, List<String> requests) {
    }

    public record ChaseList(Council council, int staleAfterDays, List<Stale> stale, List<AlertImpact> alerts, long alertsTotal) {
    }

    public ChaseList chase(String council) {
        Council c = sufficiency.councilFor(council);
        Instant now = clock.instant();
        var current = vacancies.inCouncil(c.code(), EnumSet.allOf(ServiceKind.class)).stream()
                .filter(x -> freshness.isStale(x.state().map(s -> s.reportedAt()).orElse(null))).toList();
        Map<String, DirectoryEntry> contacts = new LinkedHashMap<>();
        register.directory(current.stream().map(x -> x.service().id()).toList()).forEach(d -> contacts.put(d.id(), d));
        List<Stale> stale = current.stream().map(x -> {
            Instant at = x.state().map(s -> s.reportedAt()).orElse(null);
            var s = x.service();
            DirectoryEntry d = contacts.get(s.id());
            return new Stale(s.id(), s.name(), s.kind(), s.providerName(), s.postcode(), at,
                    at == null ? null : Duration.between(at, now).toDays(), d == null ? null : d.phone(),
                    d == null ? null : d.email(), d == null ? null : d.website());
        }).sorted(Comparator.comparing(Stale::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Stale::name)).toList();
        var page = alerts.search(c.code(), null, now.minus(Duration.ofDays(90)), 0, 100);
        Map<String, List<String>> openOffers = openOffersByService(c.code(), now);
        List<AlertImpact> impacts = page.items().stream().map(a -> {
            List<String> refs = openOffers.getOrDefault(a.serviceId(), List.of());
            return new AlertImpact(a, refs.size(), refs.stream().distinct().toList());
        }).toList();
        return new ChaseList(c, freshness.staleAfterDays(), stale, impacts, page.total());
    }

    /** For each service, the references of the council's open requests (last 90 days) it holds an open offer for. */
    private Map<String, List<String>> openOffersByService(String council, Instant now) {
        Map<String, List<String>> byService = new LinkedHashMap<>();
        var open = packages.list(council, now.minus(Duration.ofDays(90)), now.plusSeconds(1), 0, 500).items().stream()
                .filter(p -> !p.status().isClosed()).toList();
        for (CarePackage p : open) {
            for (Offer o : packages.offersOf(p.id())) {
                if (o.status(now).isOpen()) {
                    byService.computeIfAbsent(o.serviceId(), k -> new ArrayList<>()).add(p.reference());
                }
            }
        }
        return byService;
    }

    // ---- sourcing and PAs ---------------------------------------------------------------------------------------

    public record Sourcing(Council council, int days, BrokerageMetrics.Figures figures) {
    }

    public Sourcing sourcing(String council, int days) {
        Council c = sufficiency.councilFor(council);
        Instant now = clock.instant();
        return new Sourcing(c, days, brokerage.of(c.code(), now.minus(Duration.ofDays(days)), now.plusSeconds(1)));
    }

    public record PaMarket(Council council, AssistantSupply.Figures figures) {
    }

    public PaMarket assistants(String council) {
        Council c = sufficiency.councilFor(council);
        return new PaMarket(c, assistants.of(c.code()));
    }
}
