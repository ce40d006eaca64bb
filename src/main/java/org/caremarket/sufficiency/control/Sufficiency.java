package org.caremarket.sufficiency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.assistant.control.AssistantSupply;
import org.caremarket.brokerage.control.BrokerageMetrics;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Locality;
import org.caremarket.sufficiency.entity.RatingOverride;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.caremarket.vacancy.control.OccupancyPoint;
import org.caremarket.vacancy.control.Vacancies;
import org.caremarket.vacancy.control.VacancySnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A council's market sufficiency, read for its commissioners (their own council) and ADMINs (any): the market is
 * read once through the owners' control layers (register, vacancy, brokerage, assistant) and the figures are
 * computed from it ({@link Indicators}, {@link MonthlySnapshots}, {@link Projections}, {@link RatingGrid}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sufficiency {

    /** History read for snapshots and trends: a year and a month, so that twelve whole windows are covered. */
    static final Duration HISTORY = Duration.ofDays(400);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    CareServices register;

    @Inject
    Vacancies vacancies;

    @Inject
    BrokerageMetrics brokerage;

    @Inject
    HistoryCache historyCache;

    @Inject
    AssistantSupply assistants;

    @Inject
    Populations populations;

    @Inject
    Councils councils;

    @Inject
    CurrentCaller caller;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.sufficiency.target-occupancy", defaultValue = "0.90")
    double targetOccupancy;

    public double targetOccupancy() {
        return targetOccupancy;
    }

    /** The council a COMMISSIONER (its own) or an ADMIN (the one named) reads; 404 for one without social care duties. */
    public Council councilFor(String requested) {
        caller.require(Role.COMMISSIONER, Role.ADMIN);
        String code = caller.councilFor(requested);
        if (code == null) {
            throw InvalidInput.of("council", "name the council (its GSS code, e.g. E08000035)");
        }
        return socialCareCouncil(code);
    }

    public Council socialCareCouncil(String code) {
        return councils.byCode(code).filter(Council::socialCare).filter(c -> c.code().equals(code))
                .orElseThrow(() -> new NotFound(code + " is not an English council with adult social care duties."));
    }

    /** The whole market of a council the caller may read. */
    public Market market(String councilCode) {
        return read(councilFor(councilCode));
    }

    /** The market cut to a kind and a locality (a postcode district of the council, or a locality it defined). */
    public Market market(String councilCode, ServiceKind kind, String locality) {
        Market whole = market(councilCode);
        if (locality == null) {
            return kind == null ? whole : whole.cut(kind, null, null);
        }
        return whole.cut(kind, locality, districtsOf(whole, locality));
    }

    Set<String> districtsOf(Market whole, String locality) {
        Locality defined = em.find(Locality.class, new Locality.Key(whole.councilCode(), locality));
        if (defined != null) {
            return defined.districts();
        }
        if (locality.matches("[A-Z]{1,2}[0-9][A-Z0-9]?")) {
            return Set.of(locality);
        }
        throw new NotFound(whole.councilName() + " has no locality called '" + locality + "' (a postcode district such as LS1, "
                + "or a locality its commissioners defined).");
    }

    /** Reads a council's market, without asking who reads it (publishing and the benchmark read on others' behalf). */
    public Market read(Council council) {
        Instant now = clock.instant();
        List<MarketService> services = register.market(council.code());
        Map<String, MarketService> byId = services.stream().collect(Collectors.toMap(MarketService::id, s -> s));
        Map<String, OccupancyPoint> current = new HashMap<>();
        for (VacancySnapshot s : vacancies.snapshots(byId.keySet())) {
            int available = s.lines().stream().mapToInt(l -> l.available()).sum();
            int held = s.lines().stream().mapToInt(l -> l.held()).sum();
            int closed = s.lines().stream().mapToInt(l -> l.closed()).sum();
            current.put(s.serviceId(), new OccupancyPoint(s.serviceId(), s.version(), s.reportedAt(), byId.get(s.serviceId()).capacity(),
                    available, held, closed));
        }
        List<OccupancyPoint> history = historyCache.of(byId.keySet(), now.minus(HISTORY));
        var packages = brokerage.facts(council.code(), now.minus(HISTORY), now.plusSeconds(1));
        AssistantSupply.Figures pas = caller.get().is(Role.COMMISSIONER) || caller.get().is(Role.ADMIN)
                ? assistants.of(council.code()) : null;
        Map<ReferenceCode, ReferenceFigure> references = new EnumMap<>(ReferenceCode.class);
        em.createNamedQuery("ReferenceFigure.ofCouncil", ReferenceFigure.class).setParameter("council", council.code())
                .getResultStream().forEach(f -> references.put(f.code(), f));
        return new Market(council.code(), council.name(), now, freshness.freshSince(), services, current, history, packages,
                pas, populations.forCouncil(council.code()).orElse(null), references, null, null, null);
    }

    public List<Indicator> indicators(Market market) {
        return Indicators.of(market);
    }

    /** The last {@code months} monthly snapshots of the market. */
    public List<MonthlySnapshots.Snapshot> snapshots(Market market, int months) {
        return MonthlySnapshots.of(market, MonthlySnapshots.months(market.now(), months));
    }

    /** Care home and home care projections of a whole council's market (target occupancy: the configured default, or the one asked). */
    public List<Projections.Projection> projections(Market market, Double target) {
        double t = target == null ? targetOccupancy : target;
        return List.of(Projections.careHomes(market, t, snapshots(market, 12)), Projections.homecare(market));
    }

    /** The rating grid: a row for each kind of service the council has, with its overrides. */
    public List<RatingGrid.Row> grid(Market market) {
        Map<ServiceKind, Map<Dimension, RatingOverride>> overrides = new EnumMap<>(ServiceKind.class);
        em.createNamedQuery("RatingOverride.ofCouncil", RatingOverride.class).setParameter("council", market.councilCode())
                .getResultStream().forEach(o -> overrides.computeIfAbsent(o.market(), k -> new EnumMap<>(Dimension.class))
                        .put(o.dimension(), o));
        List<MonthlySnapshots.Snapshot> monthly = snapshots(market, 12);
        return market.services().stream().map(MarketService::kind).distinct().sorted().map(kind -> {
            Market cut = market.cut(kind, market.locality(), market.districts());
            Projections.Projection projection = kind.isCareHome() ? Projections.careHomes(cut, targetOccupancy, monthly.stream()
                    .filter(s -> s.kind() == kind).toList()) : kind == ServiceKind.HOMECARE ? Projections.homecare(cut) : null;
            return RatingGrid.of(cut, Indicators.of(cut), projection, overrides.getOrDefault(kind, Map.of()));
        }).toList();
    }

    /** The first months of the monthly series, for callers that want whole months only. */
    public static List<YearMonth> months(Instant now, int count) {
        return MonthlySnapshots.months(now, count);
    }
}
