package org.caremarket.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.control.AssistantSettings;
import org.caremarket.assistant.control.Enlistment;
import org.caremarket.assistant.control.Enlistments;
import org.caremarket.brokerage.control.PastRequest;
import org.caremarket.brokerage.control.PastRequests;
import org.caremarket.cqc.control.Imports;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.control.DatabaseReady;
import org.caremarket.register.control.Enrolment;
import org.caremarket.register.control.Enrolments;
import org.caremarket.register.control.RegulatedLocation;
import org.caremarket.register.entity.ProviderDetails;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.vacancy.control.HistoryImports;
import org.caremarket.vacancy.control.ReportHistory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the fictional demo market into an empty database when {@code caremarket.demo.enabled} is true, once the
 * schema is current, in one ordered load through each owner's control layer: the register's providers and services,
 * the demo keys, a year of vacancy history for every registered service, the personal assistants, a year of
 * brokerage and a few CQC rating changes. Sizes follow the councils' published strategies: Leeds has over 90
 * residential and nursing homes for older people, over 140 homecare providers, 53 care homes for working-age adults
 * and over 500 extra care apartments; Leicestershire is sized in proportion to its population (about 0.9 of Leeds').
 * Everything is drawn from {@code caremarket.demo.seed}; times are relative to the moment the load starts.
 */
@ApplicationScoped
public class DemoMarket {

    private static final Logger LOG = Logger.getLogger(DemoMarket.class.getName());

    /** The documented demo keys (README, "Demo keys"): they exist only where the demo market was loaded. */
    public static final String ADMIN_KEY = "cm_demo_admin";
    public static final String PROVIDER_KEY = "cm_demo_provider";
    public static final String OTHER_PROVIDER_KEY = "cm_demo_provider_2";

    /** Who made the demo's changes where an owner records who did (the CQC changes' import jobs and audit). */
    static final Caller LOADER = new Caller(null, "demo market", Role.ADMIN, null, null, null);

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

    /** PAs across England at {@code england} scale, besides the 330 local ones. */
    @Inject
    @ConfigProperty(name = "caremarket.demo.assistants", defaultValue = "100000")
    int englandAssistants;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    Clock clock;

    @Inject
    Enrolments register;

    @Inject
    ApiKeys keys;

    @Inject
    HistoryImports vacancies;

    @Inject
    Enlistments assistants;

    @Inject
    AssistantSettings assistantSettings;

    @Inject
    PastRequests brokerage;

    @Inject
    Imports cqc;

    /** A demo service as loaded: what was generated, the ids the register gave, and where it is. */
    record Loaded(MarketGenerator.GeneratedService generated, ProviderDetails provider, String providerId,
                  String serviceId, Coordinate at) {

        ServiceDetails details() {
            return generated.details();
        }

        String councilCode() {
            return generated.council().code();
        }
    }

    void loadWhenEmpty(@Observes DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        long providers = register.providerCount();
        if (providers > 0) {
            LOG.info(() -> "Demo market not loaded: the register already holds " + providers + " providers");
            return;
        }
        Instant start = clock.instant();
        long began = System.nanoTime();
        List<Loaded> services = register();
        long registered = System.nanoTime();
        keys.install(demoKeys(services));
        int reports = vacancies(services, start);
        long reported = System.nanoTime();
        int pas = assistants(start);
        long listed = System.nanoTime();
        int requests = brokerage(services, start);
        long brokered = System.nanoTime();
        int changes = ratingChanges(services, start);
        long done = System.nanoTime();
        LOG.info(() -> String.format("Demo market loaded in %.1f s: register %.1f s, vacancy history %.1f s (%d reports), "
                        + "%d personal assistants %.1f s, %d care-package requests %.1f s, %d CQC rating changes %.1f s",
                (done - began) / 1e9, (registered - began) / 1e9, (reported - registered) / 1e9, reports, pas,
                (listed - reported) / 1e9, requests, (brokered - listed) / 1e9, changes, (done - brokered) / 1e9));
    }

    private List<Loaded> register() {
        List<MarketGenerator.GeneratedProvider> market = "england".equals(scale)
                ? new MarketGenerator(seed).england(DemoPlaces.englishDistricts(geocoder, councils), MarketGenerator.EnglandScale.ENGLAND)
                : new MarketGenerator(seed).generate(DemoPlaces.markets(geocoder, councils));
        List<Loaded> loaded = new ArrayList<>();
        for (int from = 0; from < market.size(); from += 1000) {
            List<MarketGenerator.GeneratedProvider> batch = market.subList(from, Math.min(market.size(), from + 1000));
            List<Enrolment.Enrolled> enrolled = register.enrol(batch.stream().map(p -> new Enrolment(p.details(),
                    p.services().stream().map(s -> new Enrolment.Service(s.details(), s.postcode(), s.district(),
                            s.council().code(), s.earlierRatings())).toList())).toList());
            for (int i = 0; i < batch.size(); i++) {
                List<MarketGenerator.GeneratedService> generated = batch.get(i).services();
                for (int j = 0; j < generated.size(); j++) {
                    MarketGenerator.GeneratedService s = generated.get(j);
                    Coordinate at = s.postcode() != null ? geocoder.locate(s.postcode()).orElseThrow().coordinate()
                            : geocoder.district(s.district()).orElseThrow();
                    loaded.add(new Loaded(s, batch.get(i).details(), enrolled.get(i).providerId(),
                            enrolled.get(i).serviceIds().get(j), at));
                }
            }
        }
        LOG.info(() -> "Demo market registered: " + market.size() + " fictional providers, " + loaded.size() + " services");
        return loaded;
    }

    /**
     * One key for each role; the two PROVIDER keys act for the first two Leeds providers that run several services
     * (in an England-scale market without them, the first two such providers anywhere).
     */
    private List<ApiKeys.FixedKey> demoKeys(List<Loaded> services) {
        List<String> groups = groups(services.stream().filter(s -> s.councilCode().equals(DemoPlaces.LEEDS)).toList());
        if (groups.size() < 2) {
            groups = groups(services);
        }
        return List.of(
                new ApiKeys.FixedKey(Role.ADMIN, null, null, null, "demo administrator", ADMIN_KEY),
                new ApiKeys.FixedKey(Role.COMMISSIONER, null, DemoPlaces.LEEDS, null, "demo commissioner, Leeds", "cm_demo_commissioner_leeds"),
                new ApiKeys.FixedKey(Role.COMMISSIONER, null, DemoPlaces.LEICESTERSHIRE, null, "demo commissioner, Leicestershire",
                        "cm_demo_commissioner_leicestershire"),
                new ApiKeys.FixedKey(Role.BROKER, null, DemoPlaces.LEEDS, null, "demo broker, Leeds", "cm_demo_broker_leeds"),
                new ApiKeys.FixedKey(Role.BROKER, null, DemoPlaces.LEICESTERSHIRE, null, "demo broker, Leicestershire",
                        "cm_demo_broker_leicestershire"),
                new ApiKeys.FixedKey(Role.PROVIDER, groups.get(0), null, null, "demo provider", PROVIDER_KEY),
                new ApiKeys.FixedKey(Role.PROVIDER, groups.get(1), null, null, "demo provider 2", OTHER_PROVIDER_KEY),
                new ApiKeys.FixedKey(Role.ASSISTANT, null, null, ApiKeys.DEMO_ASSISTANT, "demo personal assistant", "cm_demo_assistant"),
                new ApiKeys.FixedKey(Role.PERSON, null, null, ApiKeys.DEMO_PERSON, "demo person", "cm_demo_person"));
    }

    /** The first two providers with several of these services, by their first service's CQC id. */
    private static List<String> groups(List<Loaded> services) {
        Map<String, List<Loaded>> byProvider = new java.util.HashMap<>();
        services.forEach(s -> byProvider.computeIfAbsent(s.providerId(), p -> new ArrayList<>()).add(s));
        return byProvider.values().stream().filter(l -> l.size() > 1)
                .sorted(Comparator.comparing(l -> l.stream().map(s -> s.details().cqcLocationId()).min(String::compareTo)
                        .orElseThrow()))
                .limit(2).map(l -> l.get(0).providerId()).toList();
    }

    /** A year of reports for every registered service: weekly, or four-weekly at England scale. @return reports */
    private int vacancies(List<Loaded> services, Instant start) {
        List<VacancyGenerator.District> districts = geocoder.districts().stream()
                .map(d -> new VacancyGenerator.District(d, geocoder.district(d).orElseThrow())).toList();
        VacancyGenerator generator = new VacancyGenerator(seed, start, "england".equals(scale) ? 28 : 7, districts);
        List<Loaded> registered = services.stream()
                .filter(s -> s.details().status() == RegistrationStatus.REGISTERED).toList();
        int rows = 0;
        for (int from = 0; from < registered.size(); from += 250) {
            List<ReportHistory> batch = registered.subList(from, Math.min(registered.size(), from + 250)).stream()
                    .map(s -> new ReportHistory(s.serviceId(), generator.year(new VacancyGenerator.Site(
                            s.details().cqcLocationId(), s.details().kind(), s.details().capacity(),
                            s.details().specialisms(), s.at())))).toList();
            rows += vacancies.importHistories(batch);
        }
        int written = rows;
        LOG.info(() -> "Demo vacancies loaded: a year of " + written + " reports for " + registered.size() + " services");
        return rows;
    }

    /** The 330 local PAs (the first is the demo ASSISTANT key's) and, at England scale, many more. */
    private int assistants(Instant start) {
        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        AssistantGenerator generator = new AssistantGenerator(seed, today, assistantSettings.ratesOn(today)
                .orElse(assistantSettings.taxYears().get(assistantSettings.taxYears().size() - 1)).nationalLivingWage());
        Random places = new Random(seed + 1);
        List<AssistantGenerator.Home> homes = new ArrayList<>(DemoAssistants.localHomes(geocoder, places));
        if ("england".equals(scale)) {
            homes.addAll(DemoAssistants.englandHomes(geocoder, councils, places, englandAssistants));
        }
        List<Enlistment> batch = new ArrayList<>();
        int number = 0;
        for (AssistantGenerator.Home home : homes) {
            AssistantGenerator.Generated g = generator.next(number, home);
            batch.add(new Enlistment(number == 0 ? ApiKeys.DEMO_ASSISTANT : "demo-pa-" + number, g.profile(),
                    g.verifiedOn(), "Demo: documents seen"));
            number++;
            if (batch.size() == 2_000) {
                assistants.enlist(batch);
                batch.clear();
            }
        }
        assistants.enlist(batch);
        int count = number;
        LOG.info(() -> "Demo personal assistants loaded: " + count);
        return count;
    }

    /**
     * A year of care-package requests for Leeds and Leicestershire (the councils whose people have real postcodes in
     * the bundled data), to the registered services near each person.
     */
    private int brokerage(List<Loaded> services, Instant start) {
        BrokerageGenerator generator = new BrokerageGenerator(seed, start);
        Random sample = new Random(seed + 2);
        int written = 0;
        record Area(String code, String shortName, List<String> districts, int requestsPerWeek) {
        }
        for (Area council : List.of(new Area(DemoPlaces.LEEDS, "LEEDS", DemoPlaces.LEEDS_DISTRICTS, 14),
                new Area(DemoPlaces.LEICESTERSHIRE, "LEICS", DemoPlaces.LEICESTERSHIRE_DISTRICTS, 12))) {
            String code = council.code();
            List<Postcode> postcodes = DemoPlaces.postcodes(geocoder, council.districts());
            List<BrokerageGenerator.Home> homes = IntStream.range(0, 400)
                    .mapToObj(i -> postcodes.get(sample.nextInt(postcodes.size())))
                    .map(p -> new BrokerageGenerator.Home(p.toString(), geocoder.locate(p).orElseThrow().coordinate()))
                    .toList();
            List<BrokerageGenerator.Candidate> candidates = services.stream()
                    .filter(s -> s.councilCode().equals(code) && s.details().status() == RegistrationStatus.REGISTERED)
                    .map(s -> new BrokerageGenerator.Candidate(s.serviceId(), s.details().kind(), s.at())).toList();
            List<PastRequest> requests = generator.year(new BrokerageGenerator.CouncilBrokerage(code, council.shortName(),
                    homes, candidates, council.requestsPerWeek(), "demo-broker-" + code));
            for (int from = 0; from < requests.size(); from += 500) {
                written += brokerage.importPast(requests.subList(from, Math.min(requests.size(), from + 500)));
            }
        }
        int count = written;
        LOG.info(() -> "Demo brokerage loaded: " + count + " care-package requests over the year");
        return written;
    }

    /** CQC rating changes over the year ({@link RatingChanges}), each a CQC import of its own, at its time. */
    private int ratingChanges(List<Loaded> services, Instant start) {
        List<RatingChanges.Change> changes = new RatingChanges(seed, start).pick(services, List.of(DemoPlaces.LEEDS, DemoPlaces.LEICESTERSHIRE));
        for (RatingChanges.Change change : changes) {
            Loaded s = change.service();
            ServiceDetails d = s.details();
            RegulatedLocation location = new RegulatedLocation(d.cqcLocationId(), s.provider().cqcProviderId(),
                    s.provider().name(), s.provider().ownership(), Set.of(d.kind()), d.name(), d.address(),
                    geocoder.locate(s.generated().postcode()).orElseThrow(), s.councilCode(), d.status(), d.specialisms(),
                    d.capacity(), d.contact().phone(), d.contact().website(), change.rating(), List.of());
            cqc.regulatorChanges("demo market: CQC's rating of " + d.cqcLocationId(), List.of(location), LOADER, change.at());
        }
        LOG.info(() -> "Demo CQC rating changes loaded: " + changes.size());
        return changes.size();
    }
}
