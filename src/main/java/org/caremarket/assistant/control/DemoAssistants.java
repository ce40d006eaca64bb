package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.control.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo market's personal assistants, loaded into an empty register when
 * {@code caremarket.demo.enabled} is true: 180 around Leeds and 150 in Leicestershire on real
 * postcodes (the demo ASSISTANT key keeps the first); at {@code caremarket.demo.scale=england}, also
 * {@code caremarket.demo.assistants} (100,000) across England's postcode districts, at their centroids,
 * for the search benchmark.
 */
@ApplicationScoped
public class DemoAssistants {

    private static final Logger LOG = Logger.getLogger(DemoAssistants.class.getName());

    /** Leeds districts, then Leicestershire's (as the register's demo market uses them). */
    static final List<String> LEEDS = List.of("LS1", "LS2", "LS3", "LS4", "LS5", "LS6", "LS7", "LS8", "LS9", "LS10", "LS11",
            "LS12", "LS13", "LS14", "LS15", "LS16", "LS17", "LS18", "LS19", "LS20", "LS21", "LS22", "LS23", "LS25", "LS26",
            "LS27", "LS28");
    static final String LEEDS_CODE = "E08000035";
    static final String LEICESTERSHIRE_CODE = "E10000018";
    static final List<String> LEICESTERSHIRE = List.of("LE6", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12", "LE13", "LE14",
            "LE16", "LE17", "LE18", "LE19", "LE65", "LE67");

    @Inject
    @ConfigProperty(name = "caremarket.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "caremarket.demo.seed", defaultValue = "20261124")
    long seed;

    @Inject
    @ConfigProperty(name = "caremarket.demo.scale", defaultValue = "local")
    String scale;

    @Inject
    @ConfigProperty(name = "caremarket.demo.assistants", defaultValue = "100000")
    int englandAssistants;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    AssistantSettings settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    void loadWhenEmpty(@Observes DatabaseReady ready, DemoAssistants self) {
        if (!enabled) {
            return;
        }
        long already = self.count();
        if (already > 0) {
            LOG.info(() -> "Demo personal assistants not loaded: the register already holds " + already);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        AssistantGenerator generator = new AssistantGenerator(seed, today,
                settings.ratesOn(today).orElse(settings.taxYears().get(settings.taxYears().size() - 1)).nationalLivingWage());
        Random places = new Random(seed + 1);
        List<AssistantGenerator.Generated> batch = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < 330; i++) {
            List<String> area = i < 180 ? LEEDS : LEICESTERSHIRE;
            String district = area.get(places.nextInt(area.size()));
            List<Postcode> postcodes = geocoder.postcodesIn(district);
            Located home = geocoder.locate(postcodes.get(places.nextInt(postcodes.size()))).orElseThrow();
            List<String> nearby = List.of(area.get(places.nextInt(area.size())));
            // the districts are those wholly or almost wholly in each council (as in the register's demo market)
            batch.add(generator.next(number, new AssistantGenerator.Home(home.postcode().toString(), district, home.coordinate(),
                    i < 180 ? LEEDS_CODE : LEICESTERSHIRE_CODE, nearby)));
            owners.add(number == 0 ? ApiKeys.DEMO_ASSISTANT : "demo-pa-" + number);
            number++;
        }
        self.save(batch, owners);
        int loaded = number;
        if ("england".equals(scale)) {
            for (AssistantGenerator.Home home : englandHomes(geocoder, councils, places, englandAssistants)) {
                batch.add(generator.next(number, home));
                owners.add("demo-pa-" + number);
                number++;
                if (batch.size() == 2_000) {
                    self.save(batch, owners);
                }
            }
            self.save(batch, owners);
            loaded = number;
        }
        int count = loaded;
        LOG.info(() -> "Demo personal assistants loaded: " + count);
    }

    /**
     * Where the England-scale demo PAs live: postcode districts of England drawn in proportion to their postcodes (a
     * proxy for people), each PA at its district's centroid (no postcode), in the care of the council
     * {@link Councils#nearestSocialCareCouncil} gives. Also what the in-process search benchmark builds.
     */
    public static List<AssistantGenerator.Home> englandHomes(Geocoder geocoder, Councils councils, Random places, int count) {
        List<String> districts = geocoder.englishDistricts(100);
        int[] cumulative = new int[districts.size()];
        int total = 0;
        for (int d = 0; d < districts.size(); d++) {
            total += geocoder.postcodeCount(districts.get(d));
            cumulative[d] = total;
        }
        java.util.Map<String, AssistantGenerator.Home> byDistrict = new java.util.HashMap<>();
        List<AssistantGenerator.Home> homes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = java.util.Arrays.binarySearch(cumulative, places.nextInt(total) + 1);
            homes.add(byDistrict.computeIfAbsent(districts.get(at >= 0 ? at : -at - 1), district -> {
                var centre = geocoder.district(district).orElseThrow();
                return new AssistantGenerator.Home(null, district, centre, councils.nearestSocialCareCouncil(centre).code(),
                        List.of());
            }));
        }
        return homes;
    }

    @Transactional
    public long count() {
        return em.createNamedQuery("PersonalAssistant.count", Long.class).getSingleResult();
    }

    /** Saves a batch in a transaction of its own, and empties it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(List<AssistantGenerator.Generated> batch, List<String> owners) {
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            AssistantGenerator.Generated g = batch.get(i);
            PersonalAssistant pa = new PersonalAssistant(owners.get(i), g.profile(), now);
            if (g.verifiedOn() != null) {
                pa.verify(null, "Demo: documents seen", g.verifiedOn(), now);
            }
            em.persist(pa);
        }
        batch.clear();
        owners.clear();
    }
}
