package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.caremarket.brokerage.entity.MarketSlice;
import org.caremarket.brokerage.entity.Supply;
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
 * <p>Kept fresh from the database, which is the only truth: every write of anything matching reads
 * stamps the service's {@code market_changed_at}. Before a match, if this instance itself committed a
 * change (a {@link MarketChanged} event) or {@code caremarket.matching.refresh-millis} have passed, the
 * index reads the services stamped since its last look, less {@code caremarket.matching.overlap-seconds}
 * (for transactions that committed late, and clocks a little apart); every
 * {@code caremarket.matching.rebuild-minutes} it reads everything again. So with several instances on one
 * database a match is at most about a second behind another instance's writes, and never behind this
 * instance's own; the award itself re-reads the vacancy in its transaction, so a stale index can never
 * book a bed twice.
 */
@ApplicationScoped
public class MarketIndex {

    private static final Logger LOG = Logger.getLogger(MarketIndex.class.getName());

    /** The index at one moment. */
    record View(Map<String, Supply> byId, Map<ServiceKind, MarketSlice> byKind, Instant caughtUpTo, long checkedAtNanos,
                long builtAtNanos) {
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

    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile View view;
    private volatile boolean dirty = true;

    /** Services this instance changed: re-read at the next look whatever their stamps say. */
    private final java.util.Set<String> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketChanged change) {
        if (change.serviceId() != null) {
            pending.add(change.serviceId());
        }
        dirty = true;
    }

    /** The services of one kind, as fresh as the rules above make them. */
    public MarketSlice ofKind(ServiceKind kind) {
        return current().byKind().getOrDefault(kind, EMPTY);
    }

    private static final MarketSlice EMPTY = new MarketSlice(List.of());

    View current() {
        View now = view;
        long nanos = System.nanoTime();
        if (now == null || dirty) {
            refreshing.lock();
            try {
                refresh();
            } finally {
                refreshing.unlock();
            }
        } else if (nanos - now.checkedAtNanos() > refreshMillis * 1_000_000 && refreshing.tryLock()) {
            try {
                refresh();
            } finally {
                refreshing.unlock();
            }
        }
        return view;
    }

    private void refresh() {
        View before = view;
        long nanos = System.nanoTime();
        if (before != null && !dirty && nanos - before.checkedAtNanos() <= refreshMillis * 1_000_000) {
            return;
        }
        dirty = false;
        // this look covers whatever is stamped from (the previous look's start − overlap) on; the next starts here
        Instant lookedAt = clock.instant();
        List<String> mine = List.copyOf(pending);
        pending.removeAll(mine);
        boolean rebuild = before == null || nanos - before.builtAtNanos() > rebuildMinutes * 60_000_000_000L;
        Instant since = rebuild ? null : before.caughtUpTo().minusSeconds(overlapSeconds);
        List<ServiceProfile> profiles = new ArrayList<>(services.profilesChangedSince(since));
        if (!rebuild) {
            java.util.Set<String> read = profiles.stream().map(ServiceProfile::id).collect(Collectors.toSet());
            if (!mine.isEmpty()) {
                profiles.addAll(services.profiles(mine.stream().filter(id -> !read.contains(id)).toList()));
            }
            // the overlap reads some services again each time: only those whose stamp moved (or that this instance changed) are new
            java.util.Set<String> own = java.util.Set.copyOf(mine);
            profiles.removeIf(p -> !own.contains(p.id()) && before.byId().containsKey(p.id())
                    && java.util.Objects.equals(before.byId().get(p.id()).changedAt(), p.changedAt()));
        }
        if (!rebuild && profiles.isEmpty()) {
            view = new View(before.byId(), before.byKind(), lookedAt, nanos, before.builtAtNanos());
            return;
        }
        Map<String, VacancySnapshot> reports = (rebuild ? vacancies.snapshots(null)
                : vacancies.snapshots(profiles.stream().map(ServiceProfile::id).toList()))
                .stream().collect(Collectors.toMap(VacancySnapshot::serviceId, Function.identity()));
        Map<String, Supply> byId = rebuild ? new HashMap<>(profiles.size() * 2) : new HashMap<>(before.byId());
        java.util.Set<ServiceKind> touched = java.util.EnumSet.noneOf(ServiceKind.class);
        for (ServiceProfile profile : profiles) {
            Supply old = byId.put(profile.id(), supply(profile, reports.get(profile.id())));
            touched.add(profile.kind());
            if (old != null) {
                touched.add(old.kind());
            }
        }
        Map<ServiceKind, MarketSlice> byKind = new EnumMap<>(ServiceKind.class);
        if (!rebuild) {
            byKind.putAll(before.byKind());
        }
        Map<ServiceKind, List<Supply>> grouped = new EnumMap<>(ServiceKind.class);
        for (Supply s : byId.values()) {
            if (rebuild || touched.contains(s.kind())) {
                grouped.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
            }
        }
        touched.forEach(byKind::remove);
        grouped.forEach((kind, list) -> byKind.put(kind, new MarketSlice(list)));
        view = new View(byId, byKind, lookedAt, nanos, rebuild ? nanos : before.builtAtNanos());
        if (rebuild) {
            LOG.info(() -> "Matching index built: " + byId.size() + " services in "
                    + Duration.ofNanos(System.nanoTime() - nanos).toMillis() + " ms");
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
