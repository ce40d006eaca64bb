package org.caremarket.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.caremarket.demo.control.AssistantGenerator;
import org.caremarket.demo.control.DemoAssistants;
import org.caremarket.assistant.entity.TravelGrid;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Ranking;
import org.caremarket.assistant.entity.SearchCriteria;
import org.caremarket.assistant.entity.SearchWeights;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;

/**
 * In-process PA search: 100,000 generated PAs across England's postcode districts (weighted by their
 * postcodes, at the district centroids, as the England-scale demo loads them) held exactly as the
 * server's index holds them, then one thread searching from real places: half at real Leeds and
 * Leicestershire postcodes, half at district centroids anywhere in England (London's included, the
 * densest), each for typical weekly slots, up to three skills and a budget, top 20 with every factor
 * explained. Not a test: it prints figures. Run it with {@code src/test/bench/assistants.sh in-process}.
 */
public final class AssistantSearchBenchmark {

    private AssistantSearchBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Councils councils = new Councils();
        Geocoder geocoder = Geocoder.standalone(councils);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Runtime runtime = Runtime.getRuntime();
        gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        List<Listing> listings = build(geocoder, councils, size, today);
        TravelGrid directory = new TravelGrid(listings);
        gc();
        long index = runtime.totalMemory() - runtime.freeMemory() - before;
        System.out.printf("register: %d PAs across %d English postcode districts%n", directory.size(),
                geocoder.englishDistricts(100).size());
        System.out.printf("memory: the search index takes %.1f MB of heap (%.2f KB a PA; measured after GC)%n",
                index / 1e6, index / 1e3 / directory.size());

        List<SearchCriteria> searches = searches(geocoder, new Random(20261129), today);
        SearchWeights weights = SearchWeights.DEFAULT;
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += run(directory, searches.get(i % searches.size()), weights, today);
        }
        inReach = 0;
        matched = 0;
        long[] took = new long[measured];
        long listed = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            listed += run(directory, searches.get(i % searches.size()), weights, today);
            took[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        Arrays.sort(took);
        System.out.printf("in-process searches (top 20, every factor explained, exclusion counts), one thread: %d in %.1f s = %.0f per second%n",
                measured, seconds, measured / seconds);
        System.out.printf("latency: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; %.1f PAs listed per search%n",
                took[measured / 2] / 1e6, took[(int) (measured * 0.9)] / 1e6, took[(int) (measured * 0.99)] / 1e6,
                took[measured - 1] / 1e6, (double) listed / measured);
        System.out.printf("each search: %.0f PAs in reach on average, %.0f of them free then and within the filters%n",
                (double) inReach / measured, (double) matched / measured);
        if (checksum < 0) {
            System.out.println(checksum);
        }
    }

    static long inReach;
    static long matched;

    private static int run(TravelGrid directory, SearchCriteria c, SearchWeights weights, LocalDate today) {
        TravelGrid.Outcome outcome = directory.search(c, weights, today);
        inReach += outcome.inReach();
        matched += outcome.matched();
        int factors = 0;
        for (TravelGrid.Ranked r : outcome.results()) {
            factors += Ranking.explain(r, c, weights, today).size();
        }
        return outcome.results().size() + (factors == 0 ? 0 : 0);
    }

    /** PAs where the England-scale demo puts them (district centroids, weighted by postcodes), made as the demo makes them. */
    static List<Listing> build(Geocoder geocoder, Councils councils, int size, LocalDate today) {
        AssistantGenerator generator = new AssistantGenerator(20261124, today, new BigDecimal("12.71"));
        List<Listing> listings = new ArrayList<>(size);
        Instant now = Instant.now();
        int number = 0;
        for (AssistantGenerator.Home home : DemoAssistants.englandHomes(geocoder, councils, new Random(20261125), size)) {
            AssistantGenerator.Generated g = generator.next(number++, home);
            PersonalAssistant pa = new PersonalAssistant(UUID.randomUUID().toString(), g.profile(), now);
            if (g.verifiedOn() != null) {
                pa.verify(null, null, g.verifiedOn(), now);
            }
            listings.add(Listing.of(pa));
        }
        return listings;
    }

    /** Searches from real places: Leeds and Leicestershire postcodes, and district centroids anywhere in England. */
    static List<SearchCriteria> searches(Geocoder geocoder, Random random, LocalDate today) {
        List<Postcode> postcodes = new ArrayList<>();
        for (String district : geocoder.districts()) {
            if (district.matches("^(LS|LE)\\d+$")) {
                postcodes.addAll(geocoder.postcodesIn(district));
            }
        }
        List<String> districts = geocoder.englishDistricts(100);
        String[][] needs = {{"WEEKDAYS:MORNING"}, {"WEEKDAYS:MORNING", "WEEKDAYS:EVENING"}, {"EVERY_DAY:MORNING"},
                {"WEEKENDS:MORNING", "WEEKENDS:AFTERNOON"}, {"MON:AFTERNOON", "WED:AFTERNOON", "FRI:AFTERNOON"}, {"SAT:NIGHT"}};
        Skill[] common = {Skill.PERSONAL_CARE, Skill.MOVING_AND_HANDLING, Skill.MEDICATION, Skill.DEMENTIA,
                Skill.MEAL_PREPARATION, Skill.DRIVING_OWN_CAR, Skill.AUTISM, Skill.LEARNING_DISABILITY};
        List<SearchCriteria> searches = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double latitude;
            double longitude;
            String district;
            if (i % 2 == 0) {
                Postcode p = postcodes.get(random.nextInt(postcodes.size()));
                Coordinate at = geocoder.locate(p).orElseThrow().coordinate();
                latitude = at.latitude();
                longitude = at.longitude();
                district = p.district();
            } else {
                district = districts.get(random.nextInt(districts.size()));
                Coordinate at = geocoder.district(district).orElseThrow();
                latitude = at.latitude();
                longitude = at.longitude();
            }
            Week week = Week.NONE;
            for (String slot : needs[random.nextInt(needs.length)]) {
                week = week.with(Week.slot(slot).orElseThrow());
            }
            long skills = 0;
            for (int s = 0, n = random.nextInt(4); s < n; s++) {
                skills |= common[random.nextInt(common.length)].bit();
            }
            BigDecimal max = random.nextInt(4) == 0 ? null : new BigDecimal(14 + random.nextInt(4) + ".00");
            searches.add(new SearchCriteria(latitude, longitude, district, week, skills, max, null, null, today,
                    random.nextInt(10) == 0, 20, new BigDecimal("12.71"), 3));
        }
        return searches;
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
