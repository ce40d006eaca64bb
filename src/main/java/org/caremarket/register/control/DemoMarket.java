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

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    void loadWhenEmpty(@Observes DatabaseReady ready, DemoMarket self) {
        if (enabled) {
            self.loadIfEmpty();
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
        List<MarketGenerator.GeneratedProvider> market = new MarketGenerator(seed).generate(markets());
        Instant now = clock.instant();
        int services = 0;
        for (MarketGenerator.GeneratedProvider generated : market) {
            Provider provider = new Provider(generated.details(), now);
            em.persist(provider);
            for (MarketGenerator.GeneratedService service : generated.services()) {
                em.persist(build(provider, service, now));
                services++;
            }
        }
        int loaded = services;
        LOG.info(() -> "Demo market loaded: " + market.size() + " fictional providers, " + loaded + " services");
        return loaded;
    }

    /** The service with its earlier ratings applied first, so that its rating history is real history. */
    private CareService build(Provider provider, MarketGenerator.GeneratedService generated, Instant now) {
        Siting siting = new Siting(generated.postcode(), geocoder.locate(generated.postcode()).orElseThrow().coordinate(),
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
