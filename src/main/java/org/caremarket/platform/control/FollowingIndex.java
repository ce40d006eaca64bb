package org.caremarket.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * A copy of what the database holds, kept in memory so that a read (a match, a search) touches no database, and
 * following the database, which stays the only truth. Every write of anything the copy holds stamps its row with
 * the time of the change. Before a read, if this instance itself committed a change ({@link #changed}) or the
 * refresh interval has passed since the last look, the index reads the records stamped since that look, less an
 * overlap (for transactions that committed a little after they stamped, and clocks a little apart), plus every
 * record this instance changed whatever its stamp; every rebuild interval it reads everything again. So with
 * several instances on one database a read is at most about the refresh interval behind another instance's writes
 * (a write committed more than the overlap after its stamp: until the next rebuild), and never behind this
 * instance's own; a rolled-back write is never read.
 *
 * <p>What is held and how it is read belong to the capability that owns the data (its {@link Source}); this class
 * only decides when to look and what to read. A read that finds the index fresh costs two volatile reads and
 * {@code System.nanoTime()}; one look runs at a time, and a read that finds another instance's changes due while a
 * look is under way does not wait for it.
 *
 * @param <C> a record as read from the database: one change
 * @param <S> what the index holds: an immutable state, replaced whole by each look that finds something new
 */
public final class FollowingIndex<C, S> {

    private static final Logger LOG = Logger.getLogger(FollowingIndex.class.getName());

    /** How an index's records are read and held; implemented by the capability that owns them. */
    public interface Source<C, S> {

        /** The records stamped at or after {@code since}; every record when null (a rebuild). */
        List<C> changedSince(Instant since);

        /** These records as they are now, whatever their stamps. */
        List<C> byIds(List<String> ids);

        /** The id of the record a change is of. */
        String id(C change);

        /** True when the state already holds the record as this change has it (its stamp has not moved). */
        boolean holds(S state, C change);

        /** The state of these records: every record there is. */
        S build(List<C> all);

        /** A new state: the old one with these changes applied. The old state must not be changed. */
        S apply(S state, List<C> changes);

        /** What a state holds, for the log: "1,234 services". */
        String describe(S state);
    }

    /** The index at one moment: its state, how far it has caught up and when it last looked and was rebuilt. */
    private record View<S>(S state, Instant caughtUpTo, long checkedAtNanos, long builtAtNanos) {
    }

    private final String name;
    private final Source<C, S> source;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final long refreshNanos;
    private final Duration overlap;
    private final long rebuildNanos;

    private final ReentrantLock refreshing = new ReentrantLock();
    /** Records this instance changed: read again at the next look whatever their stamps say. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile View<S> view;
    private volatile boolean dirty = true;

    /**
     * @param name     what the index is called in the log ("Matching index")
     * @param clock    the time a look starts, compared with the stamps the database holds
     * @param nanoTime a monotonic clock for the intervals ({@code System::nanoTime})
     * @param refresh  how long a read may go without looking for other instances' changes
     * @param overlap  how far before the last look each look reaches
     * @param rebuild  how often everything is read again
     */
    public FollowingIndex(String name, Source<C, S> source, Clock clock, LongSupplier nanoTime, Duration refresh,
                          Duration overlap, Duration rebuild) {
        this.name = name;
        this.source = source;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.refreshNanos = refresh.toNanos();
        this.overlap = overlap;
        this.rebuildNanos = rebuild.toNanos();
    }

    /**
     * This instance committed a change of the record with this id (null: of several, whose stamps say which): the
     * next read looks first. Call it after the transaction commits, never before.
     */
    public void changed(String id) {
        if (id != null) {
            pending.add(id);
        }
        dirty = true;
    }

    /** The state, as fresh as the rules above make it. */
    public S current() {
        View<S> now = view;
        if (now == null || dirty) {
            refreshing.lock();
            try {
                refresh();
            } finally {
                refreshing.unlock();
            }
        } else if (nanoTime.getAsLong() - now.checkedAtNanos() > refreshNanos && refreshing.tryLock()) {
            try {
                refresh();
            } finally {
                refreshing.unlock();
            }
        }
        return view.state();
    }

    private void refresh() {
        View<S> before = view;
        long nanos = nanoTime.getAsLong();
        if (before != null && !dirty && nanos - before.checkedAtNanos() <= refreshNanos) {
            return;
        }
        dirty = false;
        // this look covers whatever is stamped from (the previous look's start − overlap) on; the next starts here
        Instant lookedAt = clock.instant();
        List<String> mine = List.copyOf(pending);
        pending.removeAll(mine);
        boolean rebuild = before == null || nanos - before.builtAtNanos() > rebuildNanos;
        if (rebuild) {
            S built = source.build(source.changedSince(null));
            view = new View<>(built, lookedAt, nanos, nanos);
            LOG.info(() -> name + " built: " + source.describe(built) + " in "
                    + Duration.ofNanos(nanoTime.getAsLong() - nanos).toMillis() + " ms");
            return;
        }
        List<C> changes = new ArrayList<>(source.changedSince(before.caughtUpTo().minus(overlap)));
        if (!mine.isEmpty()) {
            Set<String> read = new HashSet<>();
            changes.forEach(c -> read.add(source.id(c)));
            List<String> unread = mine.stream().filter(id -> !read.contains(id)).toList();
            if (!unread.isEmpty()) {
                changes.addAll(source.byIds(unread));
            }
        }
        // the overlap reads some records again each time: only those whose stamp moved (or this instance changed) are new
        Set<String> own = Set.copyOf(mine);
        changes.removeIf(c -> !own.contains(source.id(c)) && source.holds(before.state(), c));
        S state = changes.isEmpty() ? before.state() : source.apply(before.state(), changes);
        view = new View<>(state, lookedAt, nanos, before.builtAtNanos());
    }
}
