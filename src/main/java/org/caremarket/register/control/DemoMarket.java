package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.access.entity.ApiKey;
import org.caremarket.platform.entity.Role;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.control.DatabaseReady;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Provider;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.Siting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the fictional demo market for Leeds and Leicestershire into an empty database when
 * {@code caremarket.demo.enabled} is true. Sizes follow the councils' published strategies: Leeds
 * has over 90 residential and nursing homes for older people, over 140 homecare providers, 53 care
 * homes for working-age adults and over 500 extra care apartments; Leicestershire is sized in
 * proportion to its population (about 0.9 of Leeds').
 */
@ApplicationScoped
public class DemoMarket {

    private static final Logger LOG = Logger.getLogger(DemoMarket.class.getName());

    static final String LEEDS = "E08000035";
    static final String LEICESTERSHIRE = "E10000018";

    /** Postcode districts wholly or almost wholly in each council (LS24 Tadcaster and LS29 Ilkley are not Leeds; LE1–LE5 are mostly Leicester city, LE15 is Rutland). */
    static final List<String> LEEDS_DISTRICTS = districts("LS", 1, 23, 25, 26, 27, 28);
    static final List<String> LEICESTERSHIRE_DISTRICTS = List.of("LE6", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12",
            "LE13", "LE14", "LE16", "LE17", "LE18", "LE19", "LE65", "LE67");

    /** Royal Mail post towns by district (the area's name is the default). */
    static final Map<String, String> LEEDS_POST_TOWNS = Map.of("LS", "Leeds", "LS21", "Otley", "LS22", "Wetherby",
            "LS23", "Wetherby", "LS28", "Pudsey");
    static final Map<String, String> LEICESTERSHIRE_POST_TOWNS = Map.ofEntries(Map.entry("LE", "Leicester"),
            Map.entry("LE10", "Hinckley"), Map.entry("LE11", "Loughborough"), Map.entry("LE12", "Loughborough"),
            Map.entry("LE13", "Melton Mowbray"), Map.entry("LE14", "Melton Mowbray"),
            Map.entry("LE16", "Market Harborough"), Map.entry("LE17", "Lutterworth"), Map.entry("LE18", "Wigston"),
            Map.entry("LE65", "Ashby-de-la-Zouch"), Map.entry("LE67", "Coalville"));

    @Inject
    @ConfigProperty(name = "caremarket.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "caremarket.demo.seed", defaultValue = "20261124")
    long seed;

    /** {@code local}: Leeds and Leicestershire. {@code england}: an England-sized market for benchmarks. */
    @Inject
    @ConfigProperty(name = "caremarket.demo.scale", defaultValue = "local")
    String scale;


    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    ApiKeys keys;

    /** Observed by capabilities that add to the demo (vacancies), once the register's part is committed. */
    @Inject
    jakarta.enterprise.event.Event<DemoMarketLoaded> loaded;

    /** The documented demo keys (README, "Demo keys"): they exist only where the demo market was loaded. */
    public static final String ADMIN_KEY = "cm_demo_admin";
    public static final String PROVIDER_KEY = "cm_demo_provider";
    public static final String OTHER_PROVIDER_KEY = "cm_demo_provider_2";

    void loadWhenEmpty(@Observes DatabaseReady ready, DemoMarket self) {
        if (enabled && self.loadIfEmpty() > 0) {
            loaded.fire(new DemoMarketLoaded(seed, clock.instant()));
        }
    }

    /** Loads the demo market unless the register already holds providers. @return services loaded */
    @Transactional
    public int loadIfEmpty() {
        long providers = em.createNamedQuery("Provider.count", Long.class).getSingleResult();
        if (providers > 0) {
            LOG.info(() -> "Demo market not loaded: the register already holds " + providers + " providers");
            return 0;
        }
        List<MarketGenerator.GeneratedProvider> market = "england".equals(scale)
                ? new MarketGenerator(seed).england(englishDistricts(), MarketGenerator.EnglandScale.ENGLAND)
                : new MarketGenerator(seed).generate(markets());
        Instant now = clock.instant();
        int services = 0;
        int written = 0;
        for (MarketGenerator.GeneratedProvider generated : market) {
            Provider provider = new Provider(generated.details(), now);
            em.persist(provider);
            for (MarketGenerator.GeneratedService service : generated.services()) {
                em.persist(build(provider, service, now));
                services++;
            }
            if (++written % 200 == 0) {
                em.flush();
                em.clear();
            }
        }
        keys.install(demoKeys(now));
        int loaded = services;
        LOG.info(() -> "Demo market loaded: " + market.size() + " fictional providers, " + loaded
                + " services, and the demo API keys");
        return loaded;
    }

    /**
     * One key for each role; the two PROVIDER keys act for the first two Leeds providers that run
     * several services (in an England-scale market, the first two such providers anywhere).
     */
    private List<ApiKey> demoKeys(Instant now) {
        List<String> groups = em.createQuery("SELECT s.provider.id FROM CareService s WHERE s.councilCode = :leeds "
                        + "GROUP BY s.provider.id HAVING COUNT(s) > 1 ORDER BY MIN(s.cqcLocationId)", String.class)
                .setParameter("leeds", LEEDS).setMaxResults(2).getResultList();
        if (groups.size() < 2) {
            groups = em.createQuery("SELECT s.provider.id FROM CareService s GROUP BY s.provider.id HAVING COUNT(s) > 1 "
                    + "ORDER BY MIN(s.cqcLocationId)", String.class).setMaxResults(2).getResultList();
        }
        return List.of(
                ApiKey.withSecret(Role.ADMIN, null, null, null, "demo administrator", ADMIN_KEY, now),
                ApiKey.withSecret(Role.COMMISSIONER, null, LEEDS, null, "demo commissioner, Leeds", "cm_demo_commissioner_leeds", now),
                ApiKey.withSecret(Role.COMMISSIONER, null, LEICESTERSHIRE, null, "demo commissioner, Leicestershire",
                        "cm_demo_commissioner_leicestershire", now),
                ApiKey.withSecret(Role.BROKER, null, LEEDS, null, "demo broker, Leeds", "cm_demo_broker_leeds", now),
                ApiKey.withSecret(Role.BROKER, null, LEICESTERSHIRE, null, "demo broker, Leicestershire",
                        "cm_demo_broker_leicestershire", now),
                ApiKey.withSecret(Role.PROVIDER, groups.get(0), null, null, "demo provider", PROVIDER_KEY, now),
                ApiKey.withSecret(Role.PROVIDER, groups.get(1), null, null, "demo provider 2", OTHER_PROVIDER_KEY, now),
                ApiKey.withSecret(Role.ASSISTANT, null, null, ApiKeys.DEMO_ASSISTANT, "demo personal assistant", "cm_demo_assistant", now),
                ApiKey.withSecret(Role.PERSON, null, null, ApiKeys.DEMO_PERSON, "demo person", "cm_demo_person", now));
    }

    /** The service with its earlier ratings applied first, so that its rating history is real history. */
    private CareService build(Provider provider, MarketGenerator.GeneratedService generated, Instant now) {
        Siting siting = generated.postcode() != null
                ? new Siting(generated.postcode(), geocoder.locate(generated.postcode()).orElseThrow().coordinate(),
                        generated.council())
                : Siting.atDistrict(generated.district(), geocoder.district(generated.district()).orElseThrow(),
                        generated.council());
        ServiceDetails details = generated.details();
        List<Rating> ratings = new ArrayList<>(generated.earlierRatings());
        ratings.add(details.rating());
        CareService service = new CareService(provider, withRating(details, ratings.get(0)), siting, now);
        for (Rating rating : ratings.subList(1, ratings.size())) {
            service.revise(provider, withRating(details, rating), siting, now);
        }
        return service;
    }

    private static ServiceDetails withRating(ServiceDetails d, Rating rating) {
        return new ServiceDetails(d.kind(), d.cqcLocationId(), d.name(), d.address(), d.status(), rating,
                d.specialisms(), d.capacity(), d.contact());
    }

    List<MarketGenerator.CouncilMarket> markets() {
        return List.of(
                new MarketGenerator.CouncilMarket(council(LEEDS), postcodes(LEEDS_DISTRICTS), LEEDS_POST_TOWNS, "0113",
                        96, 53, 145, 520, 40, 1),
                new MarketGenerator.CouncilMarket(council(LEICESTERSHIRE), postcodes(LEICESTERSHIRE_DISTRICTS),
                        LEICESTERSHIRE_POST_TOWNS, "0116",
                        86, 48, 130, 470, 36, 1));
    }

    /**
     * England's geographic postcode districts (those with at least 100 postcodes), weighted by their
     * postcodes; the council is the one {@link Councils#nearestSocialCareCouncil} gives for the district's
     * centroid (an approximation: the bundled data does not say which council a district is in). LS and LE districts keep their real postcodes.
     */
    List<MarketGenerator.DistrictSite> englishDistricts() {
        return englishDistricts(geocoder, councils);
    }

    /** The same, for tools that build the England-scale market outside the server (the matching benchmark). */
    public static List<MarketGenerator.DistrictSite> englishDistricts(Geocoder geocoder, Councils councils) {
        List<MarketGenerator.DistrictSite> sites = new ArrayList<>();
        for (String district : geocoder.englishDistricts(100)) {
            String area = district.replaceAll("[0-9].*$", "");
            int weight = geocoder.postcodeCount(district);
            Council council = councils.nearestSocialCareCouncil(geocoder.district(district).orElseThrow());
            List<Postcode> known = area.equals("LS") || area.equals("LE") ? geocoder.postcodesIn(district) : List.of();
            sites.add(new MarketGenerator.DistrictSite(district, weight, council, known, council.name()));
        }
        return sites;
    }

    private Council council(String code) {
        return councils.byCode(code).orElseThrow();
    }

    private List<Postcode> postcodes(List<String> districts) {
        List<Postcode> all = new ArrayList<>();
        districts.forEach(d -> all.addAll(geocoder.postcodesIn(d)));
        return all;
    }

    private static List<String> districts(String area, int from, int to, int... more) {
        List<String> list = new ArrayList<>(IntStream.rangeClosed(from, to).mapToObj(i -> area + i).toList());
        for (int n : more) {
            list.add(area + n);
        }
        return List.copyOf(list);
    }
}
