package org.caremarket.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.caremarket.brokerage.control.MarketIndex;
import org.caremarket.brokerage.entity.Criteria;
import org.caremarket.brokerage.entity.MarketSlice;
import org.caremarket.brokerage.entity.Matching;
import org.caremarket.brokerage.entity.Supply;
import org.caremarket.brokerage.entity.Weights;
import org.caremarket.demo.control.DemoPlaces;
import org.caremarket.demo.control.MarketGenerator;
import org.caremarket.demo.control.VacancyGenerator;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.register.control.ServiceProfile;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.control.VacancySnapshot;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * In-process matching: the England-scale demo market (15,000 care homes, 13,000 homecare services,
 * 1,500 extra care schemes, 150 Shared Lives schemes, with the demo's vacancy reports and rating mix)
 * built exactly as the server's matching index holds it, then one thread matching requests at real
 * Leeds and Leicestershire postcodes: top 20 with explanations and exclusion counts. Not a test: it
 * prints figures. Run it with {@code src/test/bench/matching.sh in-process}.
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Councils councils = new Councils();
        Geocoder geocoder = Geocoder.standalone(councils);
        long seed = 20261124;
        Instant now = Instant.now();

        Runtime runtime = Runtime.getRuntime();
        gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Supply[] all = build(geocoder, councils, seed, now);
        Map<ServiceKind, MarketSlice> byKind = new java.util.EnumMap<>(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            byKind.put(kind, new MarketSlice(Arrays.stream(all).filter(s -> s.kind() == kind).toList()));
        }
        gc();
        long index = runtime.totalMemory() - runtime.freeMemory() - before;
        System.out.printf("market: %d services (%s)%n", all.length, counts(byKind));
        System.out.printf("memory: the index of the whole market takes %.1f MB of heap (%.2f KB a service; measured after GC)%n",
                index / 1e6, index / 1e3 / all.length);

        List<Criteria> requests = requests(geocoder, new Random(seed));
        Weights weights = Weights.DEFAULT;
        Duration stale = Duration.ofDays(7);
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            Criteria c = requests.get(i % requests.size());
            checksum += Matching.match(c, byKind.get(c.kind()).candidates(c), weights, now, stale, 20).matched();
        }
        long[] took = new long[measured];
        long matched = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            Criteria c = requests.get(i % requests.size());
            long start = System.nanoTime();
            Matching.Result result = Matching.match(c, byKind.get(c.kind()).candidates(c), weights, now, stale, 20);
            took[i] = System.nanoTime() - start;
            matched += result.matches().size();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Arrays.sort(took);
        System.out.printf("in-process matches (top 20, explanations, exclusion counts), one thread: %d in %.1f s = %.0f per second%n",
                measured, seconds, measured / seconds);
        System.out.printf("latency: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; %.1f matches listed per request%n",
                took[measured / 2] / 1e6, took[(int) (measured * 0.9)] / 1e6, took[(int) (measured * 0.99)] / 1e6,
                took[measured - 1] / 1e6, (double) matched / measured);
        if (checksum < 0 || all.length == 0) {
            System.out.println(checksum);
        }
    }

    /** The England market as {@code MarketIndex} holds it: register profile plus the demo's vacancy report. */
    static Supply[] build(Geocoder geocoder, Councils councils, long seed, Instant now) {
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(seed)
                .england(DemoPlaces.englishDistricts(geocoder, councils), MarketGenerator.EnglandScale.ENGLAND);
        List<VacancyGenerator.District> districts = geocoder.districts().stream()
                .map(d -> new VacancyGenerator.District(d, geocoder.district(d).orElseThrow())).toList();
        List<Supply> supplies = new ArrayList<>();
        for (MarketGenerator.GeneratedProvider provider : market) {
            String providerId = UUID.randomUUID().toString();
            for (MarketGenerator.GeneratedService s : provider.services()) {
                ServiceDetails d = s.details();
                Coordinate at = s.postcode() != null ? geocoder.locate(s.postcode()).orElseThrow().coordinate()
                        : geocoder.district(s.district()).orElseThrow();
                String id = UUID.randomUUID().toString();
                var r = d.rating();
                ServiceProfile profile = new ServiceProfile(id, providerId, provider.details().name(), d.name(), d.kind(),
                        d.status(), s.council().code(), s.postcode() != null ? s.postcode().toString() : s.district(),
                        s.district(), at.latitude(), at.longitude(), r.overall(), r.safe(), r.effective(), r.caring(),
                        r.responsive(), r.wellLed(), null, Set.copyOf(d.specialisms()), d.capacity(), now);
                Random random = new Random(seed ^ id.hashCode());
                VacancySnapshot snapshot = null;
                if (random.nextInt(100) < 90) {
                    Instant reported = random.nextInt(8) == 0 ? now.minus(Duration.ofDays(8 + random.nextInt(40)))
                            : now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
                    VacancyReport report = VacancyGenerator.report(new VacancyGenerator.Site(d.cqcLocationId(), d.kind(),
                            d.capacity(), d.specialisms(), at), random, districts);
                    snapshot = new VacancySnapshot(id, 1, reported, report.accepting(), report.weeklyFee(),
                            report.doubleHandedCalls(), report.lines());
                }
                supplies.add(MarketIndex.supply(profile, snapshot));
            }
        }
        return supplies.toArray(Supply[]::new);
    }

    /** Requests at real postcodes across Leeds and Leicestershire: dementia nursing beds, residential beds, homecare. */
    static List<Criteria> requests(Geocoder geocoder, Random random) {
        List<Postcode> postcodes = new ArrayList<>();
        for (String district : geocoder.districts()) {
            if (district.matches("^(LS|LE)\\d+$")) {
                postcodes.addAll(geocoder.postcodesIn(district));
            }
        }
        List<Criteria> requests = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Postcode postcode = postcodes.get(random.nextInt(postcodes.size()));
            Coordinate at = geocoder.locate(postcode).orElseThrow().coordinate();
            String council = postcode.area().equals("LS") ? "E08000035" : "E10000018";
            int kind = random.nextInt(10);
            ServiceKind serviceKind = kind < 4 ? ServiceKind.CARE_HOME_NURSING : kind < 7 ? ServiceKind.CARE_HOME_RESIDENTIAL
                    : ServiceKind.HOMECARE;
            String type = kind < 4 ? "NURSING_DEMENTIA" : kind < 7 ? "RESIDENTIAL" : null;
            Set<Specialism> specialisms = kind < 4 ? EnumSet.of(Specialism.DEMENTIA) : EnumSet.noneOf(Specialism.class);
            List<Criteria.Hours> visits = kind < 7 ? List.of() : List.of(new Criteria.Hours(TimeBand.MORNING, Days.WEEKDAYS, 7),
                    new Criteria.Hours(TimeBand.BED, Days.WEEKDAYS, 3));
            BigDecimal cap = kind < 4 ? new BigDecimal("1400.00") : kind < 7 ? new BigDecimal("1000.00") : null;
            requests.add(new Criteria("bench-" + i, council, serviceKind, type, postcode.district(), at.latitude(),
                    at.longitude(), null, null, specialisms, visits, false, cap, RatingValue.REQUIRES_IMPROVEMENT, true, 15,
                    null, postcode.toString(), null));
        }
        return requests;
    }

    private static String counts(Map<ServiceKind, MarketSlice> byKind) {
        StringBuilder text = new StringBuilder();
        byKind.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(v.size()).append(' ').append(k));
        return text.toString();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
