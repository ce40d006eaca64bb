package org.caremarket.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.control.PastRequest;
import org.caremarket.brokerage.entity.Visit;
import org.caremarket.demo.control.BrokerageGenerator;
import org.caremarket.demo.control.DemoPlaces;
import org.caremarket.demo.control.MarketGenerator;
import org.caremarket.demo.control.VacancyGenerator;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.sufficiency.control.Indicators;
import org.caremarket.sufficiency.control.Market;
import org.caremarket.sufficiency.control.MonthlySnapshots;
import org.caremarket.sufficiency.control.Populations;
import org.caremarket.sufficiency.control.Projections;
import org.caremarket.sufficiency.control.RatingGrid;
import org.caremarket.sufficiency.control.StatementRenderer;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Narrative;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.vacancy.control.OccupancyPoint;
import org.caremarket.vacancy.control.ReportHistory;

/**
 * In-process market sufficiency on the England-scale demo market: 15,000 care homes, 13,000 homecare services,
 * 1,500 extra care schemes and 150 Shared Lives schemes across England's 153 councils with social care duties (built
 * by the demo's own generators), a year of four-weekly vacancy history for every service (as the England-scale demo
 * loads it), a year of brokerage for every council (the demo's generator, 14 requests a week, people at real LS and LE
 * postcodes for load only) and the bundled population projections. Then, on one thread: one council's full indicator
 * set (Leeds), all 153 councils' indicator sets, and one Market Position Statement rendered (Leeds: indicators,
 * snapshots, projections, grid, HTML, SVG and CSVs). The reading of the database is not measured here: the server reads
 * a council's services, current reports and requests in three queries and its history from memory. Not a test: it
 * prints figures. Run it with {@code src/test/bench/sufficiency.sh}.
 */
public final class SufficiencyBenchmark {

    private SufficiencyBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = 20261124;
        Instant now = Instant.now();
        Councils councils = new Councils();
        Geocoder geocoder = Geocoder.standalone(councils);
        long built = System.nanoTime();
        List<MarketGenerator.GeneratedProvider> generated = new MarketGenerator(seed)
                .england(DemoPlaces.englishDistricts(geocoder, councils), MarketGenerator.EnglandScale.ENGLAND);
        List<VacancyGenerator.District> districts = geocoder.districts().stream()
                .map(d -> new VacancyGenerator.District(d, geocoder.district(d).orElseThrow())).toList();
        VacancyGenerator years = new VacancyGenerator(seed, now, 28, districts);
        Map<String, List<MarketService>> services = new HashMap<>();
        Map<String, List<OccupancyPoint>> history = new HashMap<>();
        Map<String, Map<String, OccupancyPoint>> current = new HashMap<>();
        Map<String, List<BrokerageGenerator.Candidate>> candidates = new HashMap<>();
        int reports = 0;
        for (MarketGenerator.GeneratedProvider provider : generated) {
            String providerId = UUID.randomUUID().toString();
            for (MarketGenerator.GeneratedService s : provider.services()) {
                ServiceDetails d = s.details();
                String id = UUID.randomUUID().toString();
                String council = s.council().code();
                Coordinate at = s.postcode() != null ? geocoder.locate(s.postcode()).orElseThrow().coordinate()
                        : geocoder.district(s.district()).orElseThrow();
                services.computeIfAbsent(council, c -> new ArrayList<>()).add(new MarketService(id, providerId,
                        provider.details().name(), d.kind(), d.status(), council, s.district(), d.rating().overall(), d.capacity(),
                        now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(30))));
                if (d.status() != RegistrationStatus.REGISTERED) {
                    continue;
                }
                candidates.computeIfAbsent(council, c -> new ArrayList<>()).add(new BrokerageGenerator.Candidate(id, d.kind(), at));
                long version = 0;
                for (ReportHistory.Dated r : years.year(new VacancyGenerator.Site(d.cqcLocationId(), d.kind(), d.capacity(),
                        d.specialisms(), at))) {
                    OccupancyPoint p = new OccupancyPoint(id, ++version, r.reportedAt(), d.capacity(), r.report().available(),
                            r.report().held(), r.report().closed());
                    history.computeIfAbsent(council, c -> new ArrayList<>()).add(p);
                    current.computeIfAbsent(council, c -> new HashMap<>()).put(id, p);
                    reports++;
                }
            }
        }
        List<Postcode> postcodes = geocoder.districts().stream().filter(d -> d.matches("LS\\d+"))
                .flatMap(d -> geocoder.postcodesIn(d).stream()).toList();
        Random sample = new Random(seed);
        List<BrokerageGenerator.Home> homes = IntStream.range(0, 400).mapToObj(i -> postcodes.get(sample.nextInt(postcodes.size())))
                .map(p -> new BrokerageGenerator.Home(p.toString(), geocoder.locate(p).orElseThrow().coordinate())).toList();
        BrokerageGenerator brokerage = new BrokerageGenerator(seed, now);
        Map<String, List<PackageFact>> packages = new HashMap<>();
        int requests = 0;
        for (var e : candidates.entrySet()) {
            List<PackageFact> facts = new ArrayList<>();
            for (PastRequest r : brokerage.year(new BrokerageGenerator.CouncilBrokerage(e.getKey(), "C" + e.getKey().substring(5),
                    homes, e.getValue(), 14, "bench"))) {
                PastRequest.PastOffer awarded = r.outcome().awardedOffer() >= 0 && r.outcome().awardedOffer() < r.offers().size()
                        ? r.offers().get(r.outcome().awardedOffer()) : null;
                facts.add(new PackageFact(UUID.randomUUID().toString(), r.needs().kind(), Postcode.parse(r.postcode()).orElseThrow().district(),
                        r.needs().funding(), r.needs().urgency(), r.outcome().status(), r.createdAt(),
                        r.outcome().status().isClosed() ? r.outcome().at() : null, r.offers().size(),
                        awarded == null ? null : awarded.serviceId(), awarded == null ? null : awarded.price(),
                        r.needs().visits() == null ? 0 : r.needs().visits().stream().mapToInt(Visit::hoursPerWeek).sum()));
            }
            requests += facts.size();
            packages.put(e.getKey(), facts);
        }
        Map<String, Population> areas = Populations.readBundled();
        List<Council> socialCare = councils.all().stream().filter(Council::socialCare).toList();
        Map<String, Market> markets = new HashMap<>();
        for (Council c : socialCare) {
            markets.put(c.code(), new Market(c.code(), c.name(), now, now.minus(Duration.ofDays(7)),
                    services.getOrDefault(c.code(), List.of()), current.getOrDefault(c.code(), Map.of()),
                    history.getOrDefault(c.code(), List.of()), packages.getOrDefault(c.code(), List.of()), null,
                    Populations.forCouncil(c.code(), areas, councils.all()).orElse(null), Map.of(), null, null, null));
        }
        int serviceCount = services.values().stream().mapToInt(List::size).sum();
        System.out.printf("market: %d services in %d councils with social care duties, %d vacancy reports over a year, "
                        + "%d care-package requests; built in %.1f s%n", serviceCount, socialCare.size(), reports, requests,
                (System.nanoTime() - built) / 1e9);
        Market leeds = markets.get("E08000035");
        System.out.printf("Leeds: %d services, %d history rows, %d requests%n", leeds.services().size(), leeds.history().size(),
                leeds.packages().size());

        long checksum = 0;
        for (int i = 0; i < rounds; i++) {
            checksum += indicatorSet(leeds).size();
        }
        long[] one = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            checksum += indicatorSet(leeds).size();
            one[i] = System.nanoTime() - start;
        }
        Arrays.sort(one);
        System.out.printf("one council's full indicator set (Leeds: indicators, 12 monthly snapshots, projections, rating "
                + "grid of every market): median %.1f ms, max %.1f ms over %d runs (goal ≤ 200 ms)%n", one[rounds / 2] / 1e6,
                one[rounds - 1] / 1e6, rounds);
        long[] all = new long[Math.max(3, rounds / 4)];
        for (int r = 0; r < all.length; r++) {
            long start = System.nanoTime();
            for (Market m : markets.values()) {
                checksum += indicatorSet(m).size();
            }
            all[r] = System.nanoTime() - start;
        }
        Arrays.sort(all);
        System.out.printf("all %d councils' full indicator sets, one thread: median %.2f s, max %.2f s over %d runs (goal ≤ 5 s)%n",
                markets.size(), all[all.length / 2] / 1e9, all[all.length - 1] / 1e9, all.length);
        Narrative narrative = new Narrative("Context.", "Engage.", List.of(new Narrative.Intention("CARE_HOME_NURSING",
                Narrative.Direction.MORE_OF, "Nursing beds for dementia")));
        long[] render = new long[rounds];
        int size = 0;
        for (int i = 0; i < rounds * 2; i++) {
            long start = System.nanoTime();
            Map<String, String> files = statement(leeds, narrative);
            if (i >= rounds) {
                render[i - rounds] = System.nanoTime() - start;
            }
            size = files.values().stream().mapToInt(String::length).sum();
            checksum += files.size();
        }
        Arrays.sort(render);
        System.out.printf("one Market Position Statement rendered (Leeds, from its market: figures, HTML, 9 SVG charts, "
                + "%s characters with its CSVs): median %.1f ms, max %.1f ms over %d runs (goal ≤ 1 s)%n",
                String.format("%,d", size), render[rounds / 2] / 1e6, render[rounds - 1] / 1e6, rounds);
        if (checksum < 0) {
            System.out.println(checksum);
        }
    }

    /** Everything the API computes for a council's dashboard, series, projections and grid. */
    static List<Indicator> indicatorSet(Market m) {
        List<Indicator> indicators = new ArrayList<>(Indicators.of(m));
        List<MonthlySnapshots.Snapshot> snapshots = MonthlySnapshots.of(m, MonthlySnapshots.months(m.now(), 12));
        Projections.careHomes(m, 0.9, snapshots);
        Projections.homecare(m);
        grid(m, snapshots);
        return indicators;
    }

    static List<RatingGrid.Row> grid(Market m, List<MonthlySnapshots.Snapshot> snapshots) {
        return m.services().stream().map(MarketService::kind).distinct().sorted().map(kind -> {
            Market cut = m.cut(kind, null, null);
            Projections.Projection p = kind.isCareHome() ? Projections.careHomes(cut, 0.9,
                    snapshots.stream().filter(s -> s.kind() == kind).toList()) : null;
            return RatingGrid.of(cut, Indicators.of(cut), p, Map.of());
        }).toList();
    }

    static Map<String, String> statement(Market m, Narrative narrative) {
        List<MonthlySnapshots.Snapshot> snapshots = MonthlySnapshots.of(m, MonthlySnapshots.months(m.now(), 12));
        return StatementRenderer.render(new StatementRenderer.Input("Leeds Market Position Statement", true, "Published today",
                m, narrative, Indicators.of(m), snapshots, List.of(Projections.careHomes(m, 0.9, snapshots), Projections.homecare(m)),
                grid(m, snapshots)));
    }
}
