package org.caremarket.demo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Contact;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.ProviderDetails;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * Builds a fictional but realistic care market, the same every time for the same seed: providers
 * and services on real postcodes, with a CQC-like rating mix (most Good, few Outstanding or
 * Inadequate) and capacities typical of each kind. Every name ends "(demo)", CQC ids start
 * {@code 1-0} (real ones never do) and telephone numbers are in Ofcom's range reserved for drama.
 */
public final class MarketGenerator {

    /** How many services of each kind to build for one council, and where. */
    public record CouncilMarket(Council council, List<Postcode> postcodes, Map<String, String> postTowns, String dialCode,
                                int olderPeopleHomes, int workingAgeHomes, int homecare, int extraCareUnits,
                                int supportedLiving, int sharedLivesSchemes) {

        /** The Royal Mail post town of a postcode's district, for addresses. */
        String postTown(Postcode postcode) {
            return postTowns.getOrDefault(postcode.district(), postTowns.get(postcode.area()));
        }
    }

    /**
     * A generated service: its details, where it is (a real postcode, or only a postcode district where
     * no full postcode is known), and the ratings it had before the current one (oldest first).
     */
    public record GeneratedService(ServiceDetails details, Postcode postcode, String district, Council council,
                                   List<Rating> earlierRatings) {
    }

    /** A postcode district of England, with how many postcodes it has (its weight), its council and any known postcodes. */
    public record DistrictSite(String district, int weight, Council council, List<Postcode> postcodes, String postTown) {
    }

    /** How many services of each kind an England-scale market has. */
    public record EnglandScale(int careHomes, int homecare, int extraCare, int sharedLives) {
        /** England's adult social care market, rounded: CQC registers about 15,000 care homes and 13,000 homecare agencies. */
        public static final EnglandScale ENGLAND = new EnglandScale(15_000, 13_000, 1_500, 150);
    }

    public record GeneratedProvider(ProviderDetails details, List<GeneratedService> services) {
    }

    /** The latest report date the generator uses: fixed, so that the market does not depend on the day it is built. */
    static final LocalDate LAST_REPORT = LocalDate.of(2026, 6, 30);
    static final LocalDate FIRST_REPORT = LocalDate.of(2018, 1, 1);

    private static final String[] PLACES = {"Willow", "Oak", "Beech", "Rowan", "Elm", "Ash", "Meadow", "Brook",
            "Heather", "Holly", "Laurel", "Maple", "Cedar", "Birch", "Hawthorn", "Primrose", "Bluebell", "Orchard",
            "Riverside", "Hillside", "Abbey", "Chapel", "Mill", "Moorland", "Fern", "Larch", "Linden", "Poplar",
            "Sycamore", "Juniper", "Foxglove", "Kingfisher", "Heron", "Skylark", "Clover", "Aspen", "Hazel", "Alder"};
    private static final String[] HOMES = {"House", "Court", "Lodge", "Grange", "Manor", "View", "Gardens", "Hall", "Mews"};
    private static final String[] STREETS = {"Road", "Lane", "Street", "Avenue", "Grove", "Drive", "Close", "Terrace"};
    private static final String[] GROUPS = {"Dales", "Pennine", "Charnwood", "Soar Valley", "Aire Valley", "Wharfe",
            "Riverbank", "Greenfields", "Evergreen", "Northern Star", "Heartwood", "Brightwater", "Oakleaf", "Kindred"};

    private final SplittableRandom random;
    private int sequence;

    public MarketGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public List<GeneratedProvider> generate(List<CouncilMarket> markets) {
        List<GeneratedProvider> providers = new ArrayList<>();
        for (CouncilMarket market : markets) {
            List<GeneratedService> services = new ArrayList<>();
            for (int i = 0; i < market.olderPeopleHomes(); i++) {
                services.add(olderPeopleHome(market));
            }
            for (int i = 0; i < market.workingAgeHomes(); i++) {
                services.add(workingAgeHome(market));
            }
            for (int i = 0; i < market.homecare(); i++) {
                services.add(homecare(market));
            }
            for (int units = 0; units < market.extraCareUnits(); ) {
                GeneratedService scheme = extraCare(market);
                units += scheme.details().capacity();
                services.add(scheme);
            }
            for (int i = 0; i < market.supportedLiving(); i++) {
                services.add(supportedLiving(market));
            }
            providers.addAll(groupIntoProviders(market, services));
            for (int i = 0; i < market.sharedLivesSchemes(); i++) {
                providers.add(sharedLives(market));
            }
        }
        return providers;
    }

    private GeneratedService olderPeopleHome(CouncilMarket market) {
        boolean nursing = random.nextInt(100) < 42;
        EnumSet<Specialism> groups = EnumSet.of(Specialism.OLDER_PEOPLE);
        maybe(groups, Specialism.DEMENTIA, 62);
        maybe(groups, Specialism.PHYSICAL_DISABILITY, 30);
        maybe(groups, Specialism.SENSORY_IMPAIRMENT, 12);
        maybe(groups, Specialism.MENTAL_HEALTH, 10);
        int beds = nursing ? between(28, 95) : between(16, 64);
        return service(market, nursing ? ServiceKind.CARE_HOME_NURSING : ServiceKind.CARE_HOME_RESIDENTIAL,
                homeName(), groups, beds);
    }

    private GeneratedService workingAgeHome(CouncilMarket market) {
        boolean nursing = random.nextInt(100) < 15;
        EnumSet<Specialism> groups = EnumSet.of(Specialism.YOUNGER_ADULTS);
        Specialism main = pick(Specialism.LEARNING_DISABILITIES, Specialism.LEARNING_DISABILITIES, Specialism.AUTISM,
                Specialism.MENTAL_HEALTH, Specialism.PHYSICAL_DISABILITY);
        groups.add(main);
        if (main == Specialism.LEARNING_DISABILITIES) {
            maybe(groups, Specialism.AUTISM, 55);
        }
        maybe(groups, Specialism.SENSORY_IMPAIRMENT, 10);
        maybe(groups, Specialism.SUBSTANCE_MISUSE, main == Specialism.MENTAL_HEALTH ? 25 : 0);
        return service(market, nursing ? ServiceKind.CARE_HOME_NURSING : ServiceKind.CARE_HOME_RESIDENTIAL,
                homeName(), groups, between(3, nursing ? 30 : 18));
    }

    private GeneratedService homecare(CouncilMarket market) {
        EnumSet<Specialism> groups = EnumSet.of(Specialism.OLDER_PEOPLE);
        maybe(groups, Specialism.DEMENTIA, 70);
        maybe(groups, Specialism.PHYSICAL_DISABILITY, 55);
        maybe(groups, Specialism.YOUNGER_ADULTS, 45);
        maybe(groups, Specialism.LEARNING_DISABILITIES, 25);
        maybe(groups, Specialism.MENTAL_HEALTH, 20);
        maybe(groups, Specialism.SENSORY_IMPAIRMENT, 15);
        String name = place() + pick(" Home Care", " Care at Home", " Homecare", " Domiciliary Care");
        return service(market, ServiceKind.HOMECARE, name, groups, between(12, 160) * 25);
    }

    private GeneratedService extraCare(CouncilMarket market) {
        EnumSet<Specialism> groups = EnumSet.of(Specialism.OLDER_PEOPLE);
        maybe(groups, Specialism.DEMENTIA, 40);
        maybe(groups, Specialism.PHYSICAL_DISABILITY, 40);
        return service(market, ServiceKind.EXTRA_CARE, place() + " " + pick("Court", "Gardens", "Place", "Village"),
                groups, between(38, 72));
    }

    private GeneratedService supportedLiving(CouncilMarket market) {
        EnumSet<Specialism> groups = EnumSet.of(Specialism.YOUNGER_ADULTS);
        groups.add(pick(Specialism.LEARNING_DISABILITIES, Specialism.AUTISM, Specialism.MENTAL_HEALTH,
                Specialism.PHYSICAL_DISABILITY));
        maybe(groups, Specialism.AUTISM, 35);
        return service(market, ServiceKind.SUPPORTED_LIVING, place() + " Supported Living", groups, between(4, 32));
    }

    private GeneratedService sharedLivesScheme(CouncilMarket market) {
        EnumSet<Specialism> groups = EnumSet.of(Specialism.LEARNING_DISABILITIES, Specialism.OLDER_PEOPLE,
                Specialism.YOUNGER_ADULTS, Specialism.MENTAL_HEALTH, Specialism.AUTISM, Specialism.DEMENTIA);
        return service(market, ServiceKind.SHARED_LIVES, "Shared Lives " + market.council().name(), groups,
                between(60, 130));
    }

    private GeneratedProvider sharedLives(CouncilMarket market) {
        String council = market.council().name();
        GeneratedService scheme = sharedLivesScheme(market);
        ProviderDetails provider = new ProviderDetails(council + " Council Adult Social Care (demo)", cqcProviderId(),
                Ownership.COUNCIL, null, null, contact(market, council + " Council"));
        return new GeneratedProvider(provider, List.of(scheme));
    }

    /**
     * A market the size of England's on real postcode districts, services spread in proportion to
     * each district's postcodes; a service sits on a real postcode where one is known for its
     * district, otherwise at the district's centroid.
     */
    public List<GeneratedProvider> england(List<DistrictSite> districts, EnglandScale scale) {
        long[] cumulative = new long[districts.size()];
        long total = 0;
        for (int i = 0; i < districts.size(); i++) {
            total += districts.get(i).weight();
            cumulative[i] = total;
        }
        List<GeneratedProvider> providers = new ArrayList<>();
        java.util.Map<Council, List<GeneratedService>> byCouncil = new java.util.LinkedHashMap<>();
        int[] counts = {scale.careHomes(), scale.homecare(), scale.extraCare(), scale.sharedLives()};
        for (int kind = 0; kind < counts.length; kind++) {
            for (int i = 0; i < counts[kind]; i++) {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextLong(total) + 1);
                DistrictSite site = districts.get(at >= 0 ? at : -at - 1);
                CouncilMarket market = new CouncilMarket(site.council(), site.postcodes(),
                        Map.of(site.district(), site.postTown()), "0" + between(113, 118), 0, 0, 0, 0, 0, 0);
                GeneratedService service = switch (kind) {
                    case 0 -> random.nextInt(100) < 70 ? olderPeopleHome(market) : workingAgeHome(market);
                    case 1 -> homecare(market);
                    case 2 -> extraCare(market);
                    default -> sharedLivesScheme(market);
                };
                if (site.postcodes().isEmpty()) {
                    service = new GeneratedService(service.details(), null, site.district(), site.council(),
                            service.earlierRatings());
                }
                byCouncil.computeIfAbsent(site.council(), c -> new ArrayList<>()).add(service);
            }
        }
        byCouncil.forEach((council, services) -> providers.addAll(groupIntoProviders(
                new CouncilMarket(council, List.of(), Map.of(), "0113", 0, 0, 0, 0, 0, 0), services)));
        return providers;
    }

    /** A few groups run several services each; most providers run one, as in English markets. */
    private List<GeneratedProvider> groupIntoProviders(CouncilMarket market, List<GeneratedService> services) {
        List<GeneratedProvider> providers = new ArrayList<>();
        int at = 0;
        while (at < services.size()) {
            int size = random.nextInt(100) < 12 ? between(2, 7) : 1;
            List<GeneratedService> owned = services.subList(at, Math.min(services.size(), at + size));
            at += owned.size();
            String name = owned.size() > 1 ? pick(GROUPS) + " " + pick("Care Group", "Healthcare", "Care Partnership", "Living")
                    : owned.get(0).details().name().replace(" (demo)", "") + " " + pick("Ltd", "Limited", "Ltd", "CIC");
            Ownership ownership = random.nextInt(100) < 82 ? Ownership.PRIVATE
                    : random.nextInt(100) < 85 ? Ownership.VOLUNTARY : Ownership.COUNCIL;
            String companyNumber = ownership == Ownership.COUNCIL ? null : String.format("%08d", between(1_000_000, 15_999_999));
            String charity = ownership == Ownership.VOLUNTARY ? Integer.toString(between(1_000_000, 1_199_999)) : null;
            providers.add(new GeneratedProvider(new ProviderDetails(name + " (demo)", cqcProviderId(), ownership,
                    companyNumber, charity, contact(market, name)), List.copyOf(owned)));
        }
        return providers;
    }

    private GeneratedService service(CouncilMarket market, ServiceKind kind, String name, Set<Specialism> groups,
                                     int capacity) {
        Postcode postcode = market.postcodes().isEmpty() ? null
                : market.postcodes().get(random.nextInt(market.postcodes().size()));
        List<Rating> ratings = ratings();
        Rating current = ratings.get(ratings.size() - 1);
        RegistrationStatus status = random.nextInt(100) < 1 ? RegistrationStatus.DORMANT : RegistrationStatus.REGISTERED;
        ServiceDetails details = new ServiceDetails(kind, cqcLocationId(), name + " (demo)",
                new Address(between(1, 240) + " " + place() + " " + pick(STREETS), null,
                        postcode == null ? market.postTowns().values().stream().findFirst().orElse(null) : market.postTown(postcode)),
                status, current,
                EnumSet.copyOf(groups), capacity, contact(market, name));
        return new GeneratedService(details, postcode, postcode == null ? null : postcode.district(), market.council(),
                ratings.subList(0, ratings.size() - 1));
    }

    /** The current rating last; about a third of services have an earlier one. */
    private List<Rating> ratings() {
        int roll = random.nextInt(1000);
        RatingValue overall = roll < 40 ? RatingValue.OUTSTANDING : roll < 800 ? RatingValue.GOOD
                : roll < 950 ? RatingValue.REQUIRES_IMPROVEMENT : roll < 965 ? RatingValue.INADEQUATE : RatingValue.NOT_YET_RATED;
        if (overall == RatingValue.NOT_YET_RATED) {
            return List.of(Rating.notYetRated());
        }
        LocalDate latest = FIRST_REPORT.plusDays(random.nextLong(FIRST_REPORT.until(LAST_REPORT).toTotalMonths() * 30));
        if (latest.isAfter(LAST_REPORT)) {
            latest = LAST_REPORT;
        }
        Rating current = rated(overall, latest);
        if (random.nextInt(100) < 33 && latest.isAfter(FIRST_REPORT.plusYears(2))) {
            RatingValue before = overall == RatingValue.GOOD ? pick(RatingValue.REQUIRES_IMPROVEMENT, RatingValue.GOOD)
                    : overall == RatingValue.REQUIRES_IMPROVEMENT ? pick(RatingValue.GOOD, RatingValue.INADEQUATE)
                    : RatingValue.GOOD;
            return List.of(rated(before, latest.minusDays(between(300, 900))), current);
        }
        return List.of(current);
    }

    private Rating rated(RatingValue overall, LocalDate date) {
        return new Rating(overall, keyQuestion(overall, true), keyQuestion(overall, false), keyQuestion(overall, false),
                keyQuestion(overall, false), keyQuestion(overall, true), date, LAST_REPORT);
    }

    /** Key questions follow the overall rating; Safe and Well-led are the ones that most often fall short. */
    private RatingValue keyQuestion(RatingValue overall, boolean oftenWorse) {
        int roll = random.nextInt(100);
        int worse = oftenWorse ? 20 : 6;
        return switch (overall) {
            case OUTSTANDING -> roll < 45 ? RatingValue.OUTSTANDING : RatingValue.GOOD;
            case GOOD -> roll < worse ? RatingValue.REQUIRES_IMPROVEMENT : roll < 93 ? RatingValue.GOOD : RatingValue.OUTSTANDING;
            case REQUIRES_IMPROVEMENT -> roll < 45 + worse ? RatingValue.REQUIRES_IMPROVEMENT
                    : roll < 96 ? RatingValue.GOOD : RatingValue.INADEQUATE;
            case INADEQUATE -> roll < 35 + worse ? RatingValue.INADEQUATE : roll < 85 ? RatingValue.REQUIRES_IMPROVEMENT
                    : RatingValue.GOOD;
            case NOT_YET_RATED -> RatingValue.NOT_YET_RATED;
        };
    }

    private Contact contact(CouncilMarket market, String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Contact(market.dialCode() + " 496 0" + String.format("%03d", random.nextInt(1000)),
                "enquiries@" + slug + ".example", "https://" + slug + ".example");
    }

    private String cqcProviderId() {
        return "1-0" + String.format("%09d", ++sequence);
    }

    private String cqcLocationId() {
        return "1-0" + String.format("%09d", ++sequence);
    }

    private String homeName() {
        return place() + " " + pick(HOMES);
    }

    private String place() {
        return pick(PLACES);
    }

    private void maybe(Set<Specialism> groups, Specialism specialism, int percent) {
        if (random.nextInt(100) < percent) {
            groups.add(specialism);
        }
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
