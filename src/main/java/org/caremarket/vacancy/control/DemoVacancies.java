package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.DemoMarketLoaded;
import org.caremarket.register.control.ServiceProfile;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.RoomFeature;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;

/**
 * The demo market's vacancy reports, deterministic from the demo seed: about nine in ten registered
 * services have reported, one in eight of those more than a week ago (stale); care homes run at
 * 85–97% occupancy with beds of the types their specialisms allow, a few closed to admissions, and
 * fees in the range English councils publish; homecare has spare hours in its own district and the
 * nearest others at the usual visit times.
 */
@ApplicationScoped
public class DemoVacancies {

    private static final Logger LOG = Logger.getLogger(DemoVacancies.class.getName());
    private static final List<String> CLOSED_REASONS = List.of("Infection control: closed to admissions on advice",
            "Refurbishment of one floor", "Registered manager vacancy: admissions paused");

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    CareServices services;

    @Inject
    Geocoder geocoder;

    /** A postcode district and its centroid. */
    public record District(String name, Coordinate at) {
    }

    void load(@Observes DemoMarketLoaded loaded, DemoVacancies self) {
        List<District> districts = districts(geocoder);
        List<ServiceProfile> registered = services.profilesChangedSince(null).stream()
                .filter(s -> s.status() == RegistrationStatus.REGISTERED).toList();
        int reports = 0;
        for (int from = 0; from < registered.size(); from += 500) {
            reports += self.load(registered.subList(from, Math.min(registered.size(), from + 500)), loaded, districts);
        }
        int written = reports;
        LOG.info(() -> "Demo vacancies loaded: " + written + " reports");
    }

    /** One batch, in a transaction of its own: an England-scale market is too much for one. @return reports written */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int load(List<ServiceProfile> batch, DemoMarketLoaded loaded, List<District> districts) {
        List<VacancyState> states = new ArrayList<>();
        List<ServiceProfile> reported = new ArrayList<>();
        for (ServiceProfile service : batch) {
            Random random = new Random(loaded.seed() ^ service.id().hashCode());
            if (random.nextInt(100) >= 90) {
                continue;
            }
            Instant at = random.nextInt(8) == 0
                    ? loaded.at().minus(Duration.ofHours(24L * 8 + random.nextInt(24 * 40)))
                    : loaded.at().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
            VacancyState state = new VacancyState(service.id(), report(service, random, districts), at, null);
            em.persist(state);
            states.add(state);
            reported.add(service);
        }
        em.flush();
        java.util.Map<String, Availability> availability = new java.util.LinkedHashMap<>();
        for (VacancyState state : states) {
            VacancyReport report = state.report();
            availability.put(state.serviceId(), new Availability(report.available(), report.availableTypes(),
                    report.accepting(), state.reportedAt()));
        }
        services.recordAvailabilities(availability, java.util.Map.of(), loaded.at());
        for (int i = 0; i < states.size(); i++) {
            VacancyState state = states.get(i);
            em.persist(new VacancyRecord(state, reported.get(i).capacity(), state.snapshotJson()));
        }
        return states.size();
    }

    public static List<District> districts(Geocoder geocoder) {
        return geocoder.districts().stream().map(d -> new District(d, geocoder.district(d).orElseThrow())).toList();
    }

    /** A demo service's report: the same for the same service and random source (public for the matching benchmark). */
    public static VacancyReport report(ServiceProfile service, Random random, List<District> districts) {
        boolean accepting = random.nextInt(100) < 92;
        String reason = accepting ? null : CLOSED_REASONS.get(random.nextInt(CLOSED_REASONS.size()));
        List<VacancyLine> lines = new ArrayList<>();
        BigDecimal fee = null;
        boolean doubleHanded = false;
        Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        int capacity = service.capacity();
        switch (service.kind()) {
            case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> {
                boolean nursing = service.kind() == org.caremarket.register.entity.ServiceKind.CARE_HOME_NURSING;
                List<BedType> types = new ArrayList<>(List.of(nursing ? BedType.NURSING : BedType.RESIDENTIAL));
                if (service.specialisms().contains(Specialism.DEMENTIA)) {
                    types.add(nursing ? BedType.NURSING_DEMENTIA : BedType.RESIDENTIAL_DEMENTIA);
                }
                if (service.specialisms().contains(Specialism.LEARNING_DISABILITIES)) {
                    types.add(BedType.LEARNING_DISABILITY);
                }
                if (service.specialisms().contains(Specialism.MENTAL_HEALTH)) {
                    types.add(BedType.MENTAL_HEALTH);
                }
                if (random.nextInt(4) == 0) {
                    types.add(random.nextBoolean() ? BedType.RESPITE : BedType.DISCHARGE_TO_ASSESS);
                }
                int free = Math.max(0, capacity * (3 + random.nextInt(13)) / 100);
                int held = random.nextInt(3) == 0 ? 1 : 0;
                int closed = random.nextInt(5) == 0 ? 1 : 0;
                for (int i = 0; i < types.size(); i++) {
                    int share = i == types.size() - 1 ? free : random.nextInt(free + 1);
                    free -= share;
                    int h = i == 0 ? held : 0;
                    int c = i == 0 ? closed : 0;
                    if (share + h + c > 0 || i == 0) {
                        lines.add(VacancyLine.beds(types.get(i), share, h, c));
                    }
                }
                fee = BigDecimal.valueOf((nursing ? 1100 : 850) + 5L * random.nextInt(nursing ? 100 : 80)).setScale(2);
                if (random.nextBoolean()) {
                    features.add(RoomFeature.EN_SUITE);
                }
                if (random.nextInt(3) == 0) {
                    features.add(RoomFeature.GROUND_FLOOR);
                }
                if (nursing && random.nextInt(3) > 0) {
                    features.add(RoomFeature.HOIST_AVAILABLE);
                }
            }
            case HOMECARE -> {
                Coordinate office = new Coordinate(service.latitude(), service.longitude(),
                        org.caremarket.geo.entity.Precision.DISTRICT_CENTROID);
                List<District> near = districts.stream()
                        .filter(d -> Math.abs(d.at().latitude() - office.latitude()) < 0.12
                                && Math.abs(d.at().longitude() - office.longitude()) < 0.2)
                        .sorted(Comparator.comparingDouble((District d) -> d.at().distanceKm(office)))
                        .limit(1 + random.nextInt(3)).toList();
                int budget = capacity / 10;
                for (District district : near) {
                    for (TimeBand band : List.of(TimeBand.MORNING, TimeBand.LUNCH, TimeBand.TEA, TimeBand.BED)) {
                        for (Days days : Days.values()) {
                            int hours = Math.min(budget, random.nextInt(days == Days.WEEKDAYS ? 12 : 5));
                            if (hours > 0) {
                                lines.add(VacancyLine.homecareHours(district.name(), band, days, hours));
                                budget -= hours;
                            }
                        }
                    }
                }
                doubleHanded = random.nextInt(5) < 2;
            }
            case EXTRA_CARE -> {
                int free = random.nextInt(Math.max(1, capacity / 12) + 1);
                int two = random.nextInt(free + 1);
                lines.add(VacancyLine.units(UnitType.ONE_BED, free - two));
                lines.add(VacancyLine.units(UnitType.TWO_BED, two));
            }
            case SHARED_LIVES -> {
                int free = Math.min(capacity, random.nextInt(6));
                int shortBreaks = random.nextInt(free + 1);
                lines.add(VacancyLine.placements(PlacementType.LONG_TERM, free - shortBreaks));
                lines.add(VacancyLine.placements(PlacementType.SHORT_BREAK, shortBreaks));
            }
            case SUPPORTED_LIVING -> lines.add(VacancyLine.places(Math.min(capacity, random.nextInt(3))));
        }
        return new VacancyReport(accepting, reason, fee, doubleHanded, features, lines);
    }
}
