package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.caremarket.assistant.entity.Directory;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.SearchCriteria;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every listed PA in memory, as a {@link Directory}, so that a search touches no database.
 *
 * <p>Follows the database, which is the only truth, the way the matching index does: every change of a
 * profile stamps its {@code updated_at}. Before a search, if this instance committed a change (an
 * {@link AssistantChanged} event) or {@code caremarket.assistant.refresh-millis} have passed, the index
 * reads the PAs stamped since its last look, less {@code caremarket.assistant.overlap-seconds}; every
 * {@code caremarket.assistant.rebuild-minutes} it reads them all again. So with several instances on one
 * database, a search is at most about a second behind another instance's changes and never behind this
 * instance's own.
 */
@ApplicationScoped
public class AssistantIndex {

    private static final Logger LOG = Logger.getLogger(AssistantIndex.class.getName());

    record View(Map<String, Listing> byId, Directory directory, Instant caughtUpTo, long checkedAtNanos, long builtAtNanos) {
    }

    @Inject
    Assistants assistants;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.overlap-seconds", defaultValue = "5")
    long overlapSeconds;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.rebuild-minutes", defaultValue = "10")
    long rebuildMinutes;

    private final ReentrantLock refreshing = new ReentrantLock();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile View view;
    private volatile boolean dirty = true;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssistantChanged change) {
        pending.add(change.assistantId());
        dirty = true;
    }

    public Directory.Outcome search(SearchCriteria criteria, org.caremarket.assistant.entity.SearchWeights weights) {
        return current().directory().search(criteria, weights, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Every listed PA, for supply counts. */
    public Collection<Listing> listings() {
        return current().byId().values();
    }

    View current() {
        View now = view;
        if (now == null || dirty) {
            refreshing.lock();
            try {
                refresh();
            } finally {
                refreshing.unlock();
            }
        } else if (System.nanoTime() - now.checkedAtNanos() > refreshMillis * 1_000_000 && refreshing.tryLock()) {
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
        Instant lookedAt = clock.instant();
        List<String> mine = List.copyOf(pending);
        pending.removeAll(mine);
        boolean rebuild = before == null || nanos - before.builtAtNanos() > rebuildMinutes * 60_000_000_000L;
        List<Assistants.ListingChange> changes = new ArrayList<>(
                assistants.changedSince(rebuild ? null : before.caughtUpTo().minusSeconds(overlapSeconds)));
        if (!rebuild) {
            Set<String> read = new java.util.HashSet<>();
            changes.forEach(c -> read.add(c.id()));
            changes.addAll(assistants.byIds(mine.stream().filter(id -> !read.contains(id)).toList()));
            // the overlap reads some PAs again each time: only those whose stamp moved (or this instance changed) are new
            Set<String> own = Set.copyOf(mine);
            changes.removeIf(c -> !own.contains(c.id()) && unchanged(before.byId().get(c.id()), c));
        }
        if (!rebuild && changes.isEmpty()) {
            view = new View(before.byId(), before.directory(), lookedAt, nanos, before.builtAtNanos());
            return;
        }
        Map<String, Listing> byId = rebuild ? new HashMap<>(changes.size() * 2) : new HashMap<>(before.byId());
        for (Assistants.ListingChange c : changes) {
            if (c.listing() == null) {
                byId.remove(c.id());
            } else {
                byId.put(c.id(), c.listing());
            }
        }
        Directory directory = new Directory(byId.values());
        view = new View(Map.copyOf(byId), directory, lookedAt, nanos, rebuild ? nanos : before.builtAtNanos());
        if (rebuild) {
            LOG.info(() -> "PA search index built: " + byId.size() + " listed PAs in "
                    + Duration.ofNanos(System.nanoTime() - nanos).toMillis() + " ms");
        }
    }

    /** An unlisted PA read again and still unlisted, or a listing whose stamp has not moved. */
    private static boolean unchanged(Listing known, Assistants.ListingChange c) {
        return known == null ? c.listing() == null : c.listing() != null && known.updatedAt().equals(c.updatedAt());
    }
}
