package org.caremarket.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarketGeneratorTest {

    private static final List<Postcode> LEEDS_POSTCODES = bundled("LS");
    private static final MarketGenerator.CouncilMarket LEEDS = new MarketGenerator.CouncilMarket(
            new Councils().byCode("E08000035").orElseThrow(), LEEDS_POSTCODES, Map.of("LS", "Leeds"), "0113",
            96, 53, 145, 520, 40, 1);

    private static List<Postcode> bundled(String area) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MarketGeneratorTest.class.getResourceAsStream("/geo/" + area + ".csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(l -> Postcode.parse(l.split(",")[0]).orElseThrow()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<ServiceDetails> services(List<MarketGenerator.GeneratedProvider> market) {
        return market.stream().flatMap(p -> p.services().stream()).map(MarketGenerator.GeneratedService::details).toList();
    }

    private static String describe(List<MarketGenerator.GeneratedProvider> market) {
        return market.stream().map(p -> p.details().name() + p.details().cqcProviderId() + p.details().ownership()
                + p.services().stream().map(s -> s.details().name() + s.details().kind() + s.details().capacity()
                        + s.postcode() + s.details().rating().overall() + s.details().rating().reportDate()
                        + s.details().specialisms() + s.earlierRatings().size() + s.details().address().line1())
                        .collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("R2.11 the same seed builds the same market; another seed another")
    void deterministic() {
        String first = describe(new MarketGenerator(7).generate(List.of(LEEDS)));
        assertEquals(first, describe(new MarketGenerator(7).generate(List.of(LEEDS))));
        assertNotEquals(first, describe(new MarketGenerator(8).generate(List.of(LEEDS))));
    }

    @Test
    @DisplayName("R2.11 Leeds is sized from its strategy, on real postcodes, with visibly fictional names and ids")
    void sizes() {
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(1).generate(List.of(LEEDS));
        List<ServiceDetails> services = services(market);
        long olderHomes = services.stream().filter(s -> s.kind().isCareHome() && s.specialisms().contains(Specialism.OLDER_PEOPLE)).count();
        long youngerHomes = services.stream().filter(s -> s.kind().isCareHome() && s.specialisms().contains(Specialism.YOUNGER_ADULTS)).count();
        long homecare = services.stream().filter(s -> s.kind() == ServiceKind.HOMECARE).count();
        int extraCareUnits = services.stream().filter(s -> s.kind() == ServiceKind.EXTRA_CARE).mapToInt(ServiceDetails::capacity).sum();
        assertEquals(96, olderHomes);
        assertEquals(53, youngerHomes);
        assertEquals(145, homecare);
        assertTrue(extraCareUnits >= 520 && extraCareUnits < 600, "extra care units " + extraCareUnits);
        assertEquals(1, services.stream().filter(s -> s.kind() == ServiceKind.SHARED_LIVES).count());
        Set<Postcode> real = new HashSet<>(LEEDS_POSTCODES);
        market.stream().flatMap(p -> p.services().stream()).forEach(s -> assertTrue(real.contains(s.postcode())));
        services.forEach(s -> assertTrue(s.name().endsWith("(demo)") && s.cqcLocationId().startsWith("1-0"), s.name()));
        market.forEach(p -> assertTrue(p.details().name().endsWith("(demo)"), p.details().name()));
        Set<String> ids = new HashSet<>();
        services.forEach(s -> assertTrue(ids.add(s.cqcLocationId()), "CQC ids are unique"));
        assertTrue(market.size() < services.size(), "some providers run several services");
    }

    @Test
    @DisplayName("R2.11 the rating mix is CQC-like: most Good, a few Outstanding and Inadequate; about a third have a history")
    void ratingMix() {
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(3).generate(List.of(LEEDS, LEEDS, LEEDS));
        List<ServiceDetails> services = services(market);
        Map<RatingValue, Long> mix = services.stream().collect(Collectors.groupingBy(s -> s.rating().overall(), Collectors.counting()));
        double n = services.size();
        assertTrue(mix.get(RatingValue.GOOD) / n > 0.70 && mix.get(RatingValue.GOOD) / n < 0.82, mix.toString());
        assertTrue(mix.get(RatingValue.OUTSTANDING) / n > 0.02 && mix.get(RatingValue.OUTSTANDING) / n < 0.07, mix.toString());
        assertTrue(mix.get(RatingValue.INADEQUATE) / n > 0.003 && mix.get(RatingValue.INADEQUATE) / n < 0.04, mix.toString());
        assertTrue(mix.get(RatingValue.REQUIRES_IMPROVEMENT) / n > 0.10 && mix.get(RatingValue.REQUIRES_IMPROVEMENT) / n < 0.20, mix.toString());
        long withHistory = market.stream().flatMap(p -> p.services().stream()).filter(s -> !s.earlierRatings().isEmpty()).count();
        assertTrue(withHistory / n > 0.2 && withHistory / n < 0.4, "with history " + withHistory);
    }

    private static List<MarketGenerator.DistrictSite> englishDistricts() {
        Councils councils = new Councils();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MarketGeneratorTest.class.getResourceAsStream("/geo/postcode_districts.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(l -> l.split(","))
                    .filter(f -> Integer.parseInt(f[3]) >= 100 && !org.caremarket.geo.control.Geocoder.NOT_ENGLAND.contains(f[0].replaceAll("[0-9].*$", "")))
                    .map(f -> new MarketGenerator.DistrictSite(f[0], Integer.parseInt(f[3]),
                            councils.nearestSocialCareCouncil(new org.caremarket.geo.entity.Coordinate(Double.parseDouble(f[1]),
                                    Double.parseDouble(f[2]), org.caremarket.geo.entity.Precision.DISTRICT_CENTROID)),
                            f[0].startsWith("LS") ? LEEDS_POSTCODES.stream().filter(p -> p.district().equals(f[0])).toList() : List.of(),
                            "Town"))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("R2.11 the England-scale market: 15,000 care homes, 13,000 homecare, 1,500 extra care, 150 Shared Lives on English districts")
    void england() {
        List<MarketGenerator.DistrictSite> districts = englishDistricts();
        assertTrue(districts.size() > 2000, "English districts " + districts.size());
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(5).england(districts, MarketGenerator.EnglandScale.ENGLAND);
        List<MarketGenerator.GeneratedService> services = market.stream().flatMap(p -> p.services().stream()).toList();
        Map<ServiceKind, Long> kinds = services.stream().collect(Collectors.groupingBy(s -> s.details().kind(), Collectors.counting()));
        assertEquals(15_000, kinds.get(ServiceKind.CARE_HOME_NURSING) + kinds.get(ServiceKind.CARE_HOME_RESIDENTIAL));
        assertEquals(13_000, kinds.get(ServiceKind.HOMECARE));
        assertEquals(1_500, kinds.get(ServiceKind.EXTRA_CARE));
        assertEquals(150, kinds.get(ServiceKind.SHARED_LIVES));
        Set<String> english = districts.stream().map(MarketGenerator.DistrictSite::district).collect(Collectors.toSet());
        for (MarketGenerator.GeneratedService s : services) {
            assertTrue(english.contains(s.district()), s.district());
            assertTrue(s.council().socialCare());
            assertEquals(s.district().startsWith("LS"), s.postcode() != null, "real postcodes where known, district otherwise");
        }
        long london = services.stream().filter(s -> s.council().region().equals("London")).count();
        assertTrue(london > services.size() * 0.08 && london < services.size() * 0.25, "London's share " + london);
        assertEquals(describe(market.subList(0, 50)), describe(new MarketGenerator(5).england(districts,
                MarketGenerator.EnglandScale.ENGLAND).subList(0, 50)), "deterministic");
    }
}
