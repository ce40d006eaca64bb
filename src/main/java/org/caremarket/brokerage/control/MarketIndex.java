package org.caremarket.brokerage.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caremarket.brokerage.entity.MarketSlice;
import org.caremarket.brokerage.entity.Supply;
import org.caremarket.platform.control.FollowingIndex;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.MarketChanged;
import org.caremarket.register.control.ServiceProfile;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.Vacancies;
import org.caremarket.vacancy.control.VacancySnapshot;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.VacancyLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The whole market as matching reads it, in memory: one immutable {@link Supply} per service, grouped
 * by kind, so that a match touches no database.
 *
 * <p>Kept fresh from the database, which is the only truth, by a {@link FollowingIndex}: every write of anything
 * matching reads stamps the service's {@code market_changed_at}. Before a match, if this instance itself committed a
 * change (a {@link MarketChanged} event) or {@code caremarket.matching.refresh-millis} have passed, the index reads
 * the services stamped since its last look, less {@code caremarket.matching.overlap-seconds} (for transactions that
 * committed late, and clocks a little apart); every {@code caremarket.matching.rebuild-minutes} it reads everything
 * again. So with several instances on one database a match is at most about a second behind another instance's
 * writes, and never behind this instance's own; the award itself re-reads the vacancy in its transaction, so a stale
 * index can never book a bed twice.
 */
@ApplicationScoped
public class MarketIndex {

    /** The market at one moment: every service by id, and by kind. */
    record Market(Map<String, Supply> byId, Map<ServiceKind, MarketSlice> byKind) {
    }

    @Inject
    CareServices services;

    @Inject
    Vacancies vacancies;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.matching.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @Inject
    @ConfigProperty(name = "caremarket.matching.overlap-seconds", defaultValue = "5")
    long overlapSeconds;

    @Inject
    @ConfigProperty(name = "caremarket.matching.rebuild-minutes", defaultValue = "10")
    long rebuildMinutes;

    private FollowingIndex<ServiceProfile, Market> index;

    @PostConstruct
    void start() {
        index = new FollowingIndex<>("Matching index", new Services(), clock, System::nanoTime,
                Duration.ofMillis(refreshMillis), Duration.ofSeconds(overlapSeconds), Duration.ofMinutes(rebuildMinutes));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketChanged change) {
        index.changed(change.serviceId());
    }

    /** The services of one kind, as fresh as the rules above make them. */
    public MarketSlice ofKind(ServiceKind kind) {
        return index.current().byKind().getOrDefault(kind, EMPTY);
    }

    private static final MarketSlice EMPTY = new MarketSlice(List.of());

    /** The register's service profiles, each with its current vacancy report, held by id and by kind. */
    private final class Services implements FollowingIndex.Source<ServiceProfile, Market> {

        @Override
        public List<ServiceProfile> changedSince(Instant since) {
            return services.profilesChangedSince(since);
        }

        @Override
        public List<ServiceProfile> byIds(List<String> ids) {
            return services.profiles(ids);
        }

        @Override
        public String id(ServiceProfile profile) {
            return profile.id();
        }

        @Override
        public boolean holds(Market market, ServiceProfile profile) {
            Supply known = market.byId().get(profile.id());
            return known != null && Objects.equals(known.changedAt(), profile.changedAt());
        }

        @Override
        public Market build(List<ServiceProfile> all) {
            Map<String, VacancySnapshot> reports = byService(vacancies.snapshots(null));
            Map<String, Supply> byId = new HashMap<>(all.size() * 2);
            for (ServiceProfile profile : all) {
                byId.put(profile.id(), supply(profile, reports.get(profile.id())));
            }
            Map<ServiceKind, List<Supply>> grouped = new EnumMap<>(ServiceKind.class);
            for (Supply s : byId.values()) {
                grouped.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
            }
            Map<ServiceKind, MarketSlice> byKind = new EnumMap<>(ServiceKind.class);
            grouped.forEach((kind, list) -> byKind.put(kind, new MarketSlice(list)));
            return new Market(byId, byKind);
        }

        @Override
        public Market apply(Market before, List<ServiceProfile> changed) {
            Map<String, VacancySnapshot> reports = byService(
                    vacancies.snapshots(changed.stream().map(ServiceProfile::id).toList()));
            Map<String, Supply> byId = new HashMap<>(before.byId());
            Set<ServiceKind> touched = EnumSet.noneOf(ServiceKind.class);
            for (ServiceProfile profile : changed) {
                Supply old = byId.put(profile.id(), supply(profile, reports.get(profile.id())));
                touched.add(profile.kind());
                if (old != null) {
                    touched.add(old.kind());
                }
            }
            // only the kinds a changed service left or joined are grouped again
            Map<ServiceKind, List<Supply>> grouped = new EnumMap<>(ServiceKind.class);
            for (Supply s : byId.values()) {
                if (touched.contains(s.kind())) {
                    grouped.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
                }
            }
            Map<ServiceKind, MarketSlice> byKind = new EnumMap<>(ServiceKind.class);
            byKind.putAll(before.byKind());
            touched.forEach(byKind::remove);
            grouped.forEach((kind, list) -> byKind.put(kind, new MarketSlice(list)));
            return new Market(byId, byKind);
        }

        @Override
        public String describe(Market market) {
            return market.byId().size() + " services";
        }

        private static Map<String, VacancySnapshot> byService(List<VacancySnapshot> snapshots) {
            return snapshots.stream().collect(Collectors.toMap(VacancySnapshot::serviceId, Function.identity()));
        }
    }

    /** One service as matching reads it: only its kind's lines of its report count. */
    public static Supply supply(ServiceProfile p, VacancySnapshot report) {
        Map<String, Integer> available = new HashMap<>();
        Map<String, Integer> hours = new HashMap<>();
        LineKind kind = LineKind.of(p.kind());
        if (report != null) {
            for (VacancyLine line : report.lines()) {
                if (line.kind() != kind) {
                    continue;
                }
                if (kind == LineKind.HOMECARE_HOURS) {
                    hours.merge(Supply.hoursKey(line.district(), line.timeBand(), line.days()), line.available(), Integer::sum);
                } else {
                    available.merge(line.type() == null ? "" : line.type(), line.available(), Integer::sum);
                }
            }
        }
        boolean careHome = p.kind().isCareHome();
        return new Supply(p.id(), p.providerId(), p.providerName(), p.name(), p.kind(), p.status(), p.councilCode(),
                p.postcode(), p.latitude(), p.longitude(), p.overall(),
                new RatingValue[] {p.safe(), p.effective(), p.caring(), p.responsive(), p.wellLed()}, p.ratingFellFrom(),
                p.specialisms(),
                report == null ? null : report.reportedAt(), report != null && report.accepting(),
                careHome && report != null && report.weeklyFee() != null ? report.weeklyFee().setScale(2) : null,
                p.kind() == ServiceKind.HOMECARE && report != null && report.doubleHandedCalls(),
                Map.copyOf(available), Map.copyOf(hours), p.changedAt());
    }
}
