package org.caremarket.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.caremarket.demo.control.DemoPlaces;
import org.caremarket.demo.control.MarketGenerator;
import org.caremarket.demo.control.VacancyGenerator;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.oruk.boundary.OpenReferralFeed;
import org.caremarket.oruk.control.DirectoryFeed;
import org.caremarket.oruk.control.FeedPage;
import org.caremarket.oruk.control.FeedQuery;
import org.caremarket.register.control.DirectoryEntry;
import org.caremarket.register.control.ProviderListing;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * The ORUK feed in process at England scale (the demo's England market: 15,000 care homes, 13,000 homecare, 1,500
 * extra care, 150 Shared Lives, with its vacancy reports and rating mix), held as the server's {@code DirectoryFeed}
 * holds it: one thread asking for {@code /services?page=N&per_page=50} (N at random over every page) and for
 * {@code /service_at_locations?postcode=…&proximity=10000} at real Leeds and Leicestershire postcodes, each answer
 * written whole with its ETag as the servlet writes it. Not a test: it prints figures. Run it with
 * {@code src/test/bench/oruk.sh in-process}.
 */
public final class OpenReferralBenchmark {

    private OpenReferralBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Councils councils = new Councils();
        Geocoder geocoder = Geocoder.standalone(councils);
        Instant now = Instant.now();
        List<ProviderListing> providers = new ArrayList<>();
        List<DirectoryEntry> services = england(geocoder, councils, 20261124, now, providers);

        Runtime runtime = Runtime.getRuntime();
        gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long building = System.nanoTime();
        DirectoryFeed feed = DirectoryFeed.standalone(services, providers, now.minus(Duration.ofDays(7)));
        double built = (System.nanoTime() - building) / 1e9;
        gc();
        long held = runtime.totalMemory() - runtime.freeMemory() - before;
        System.out.printf("market: %d services of %d providers; the feed built in %.1f s and holds %.1f MB of heap "
                + "(%.2f KB a service, list items written as JSON; measured after GC)%n", services.size(), providers.size(),
                built, held / 1e6, held / 1e3 / services.size());

        List<String> postcodes = new ArrayList<>();
        for (String district : geocoder.districts()) {
            if (district.matches("^(LS|LE)\\d+$")) {
                geocoder.postcodesIn(district).forEach(p -> postcodes.add(p.toString()));
            }
        }
        int pages = (services.size() + 49) / 50;
        Random random = new Random(20261205);
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += servicesPage(feed, 1 + random.nextInt(pages)).length;
            checksum += near(feed, geocoder, postcodes.get(random.nextInt(postcodes.size()))).length;
        }
        long[] pageTimes = new long[measured];
        long[] nearTimes = new long[measured];
        long bytes = 0;
        long found = 0;
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            byte[] page = servicesPage(feed, 1 + random.nextInt(pages));
            pageTimes[i] = System.nanoTime() - start;
            bytes += page.length;
            String postcode = postcodes.get(random.nextInt(postcodes.size()));
            start = System.nanoTime();
            byte[] answer = near(feed, geocoder, postcode);
            nearTimes[i] = System.nanoTime() - start;
            found += answer.length;
        }
        print("/oruk/services?page=N&per_page=50", pageTimes, bytes);
        print("/oruk/service_at_locations?postcode=P&proximity=10000 (first page of 50, nearest first)", nearTimes, found);
        long crawl = System.nanoTime();
        long crawled = 0;
        for (int p = 1; p <= pages; p++) {
            crawled += servicesPage(feed, p).length;
        }
        System.out.printf("every page of /services at per_page=50 (%d pages, %.1f MB), in process: %.2f s%n", pages,
                crawled / 1e6, (System.nanoTime() - crawl) / 1e9);
        if (checksum < 0) {
            System.out.println(checksum);
        }
    }

    private static byte[] servicesPage(DirectoryFeed feed, int page) {
        byte[] body = OpenReferralFeed.write(feed.services(FeedQuery.page(page, 50)));
        return OpenReferralFeed.tag(body).isEmpty() ? null : body;
    }

    private static byte[] near(DirectoryFeed feed, Geocoder geocoder, String postcode) {
        Coordinate at = geocoder.require("postcode", postcode).coordinate();
        FeedPage page = feed.servicesAtLocations(new FeedQuery(null, null, null, null, null, at, 10_000, 1, 50));
        byte[] body = OpenReferralFeed.write(page);
        return OpenReferralFeed.tag(body).isEmpty() ? null : body;
    }

    private static void print(String what, long[] took, long bytes) {
        int n = took.length;
        long total = Arrays.stream(took).sum();
        Arrays.sort(took);
        System.out.printf("%s, one thread: %d answers, %.0f per second; p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; "
                        + "%.1f KB an answer%n", what, n, n / (total / 1e9), took[n / 2] / 1e6, took[(int) (n * 0.9)] / 1e6,
                took[(int) (n * 0.99)] / 1e6, took[n - 1] / 1e6, bytes / 1e3 / n);
    }

    /** The England market as the register would give it to the feed, with the demo's vacancy reports. */
    static List<DirectoryEntry> england(Geocoder geocoder, Councils councils, long seed, Instant now,
                                        List<ProviderListing> providers) {
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(seed)
                .england(DemoPlaces.englishDistricts(geocoder, councils), MarketGenerator.EnglandScale.ENGLAND);
        List<VacancyGenerator.District> districts = geocoder.districts().stream()
                .map(d -> new VacancyGenerator.District(d, geocoder.district(d).orElseThrow())).toList();
        List<DirectoryEntry> entries = new ArrayList<>();
        for (MarketGenerator.GeneratedProvider provider : market) {
            String providerId = UUID.randomUUID().toString();
            var p = provider.details();
            providers.add(new ProviderListing(providerId, p.name(), p.ownership(), p.cqcProviderId(), p.companiesHouseNumber(),
                    p.charityNumber(), p.contact() == null ? null : p.contact().phone(),
                    p.contact() == null ? null : p.contact().email(), p.contact() == null ? null : p.contact().website(), now));
            for (MarketGenerator.GeneratedService s : provider.services()) {
                ServiceDetails d = s.details();
                Coordinate at = s.postcode() != null ? geocoder.locate(s.postcode()).orElseThrow().coordinate()
                        : geocoder.district(s.district()).orElseThrow();
                String id = UUID.randomUUID().toString();
                Random random = new Random(seed ^ id.hashCode());
                Availability availability = null;
                if (random.nextInt(100) < 90) {
                    Instant reported = random.nextInt(8) == 0 ? now.minus(Duration.ofDays(8 + random.nextInt(40)))
                            : now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
                    VacancyReport report = VacancyGenerator.report(new VacancyGenerator.Site(d.cqcLocationId(), d.kind(),
                            d.capacity(), d.specialisms(), at), random, districts);
                    availability = new Availability(report.available(), report.availableTypes(), report.accepting(), reported);
                }
                var r = d.rating();
                Postcode postcode = s.postcode();
                entries.add(new DirectoryEntry(id, providerId, d.name(), d.kind(), d.status(), d.cqcLocationId(),
                        d.address().line1(), d.address().line2(), d.address().town(),
                        postcode != null ? postcode.toString() : s.district(), s.council().name(), at.latitude(),
                        at.longitude(), at.precision(), d.contact() == null ? null : d.contact().phone(),
                        d.contact() == null ? null : d.contact().email(), d.contact() == null ? null : d.contact().website(),
                        r.overall(), r.safe(), r.effective(), r.caring(), r.responsive(), r.wellLed(), r.reportDate(),
                        java.util.Set.copyOf(d.specialisms()), d.capacity(), availability, now));
            }
        }
        return entries;
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
