package org.caremarket.sufficiency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.caremarket.vacancy.control.OccupancyPoint;
import org.caremarket.vacancy.control.Vacancies;

/**
 * The last {@link Sufficiency#HISTORY} of every service's vacancy history as plain figures, held in memory: the
 * history is append-only, so the cache catches up by asking the vacancy capability for the rows reported since it
 * last asked (with an overlap of {@link #OVERLAP}, for rows another instance committed late), and keeps each row once
 * (by service and version). It asks at most once every {@link #CATCH_UP} (each question is a range scan of the history
 * by report time, which at England scale is the dearest part of a council's figures), so figures include what was
 * reported up to that long ago; a council's current reports are read from the vacancy state itself. A history imported
 * later with past times is seen at the next full reload, at most {@link #RELOAD} after the last.
 */
@ApplicationScoped
public class HistoryCache {

    static final Duration OVERLAP = Duration.ofMinutes(10);
    static final Duration RELOAD = Duration.ofHours(1);
    static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Inject
    Vacancies vacancies;

    @Inject
    Clock clock;

    private final ReentrantLock lock = new ReentrantLock();
    private Map<String, Map<Long, OccupancyPoint>> byService = new HashMap<>();
    private Instant askedAt;
    private Instant loadedAt;

    /** The rows of these services reported at or after {@code from}, oldest first. */
    public List<OccupancyPoint> of(Collection<String> serviceIds, Instant from) {
        catchUp();
        List<OccupancyPoint> points = new ArrayList<>();
        lock.lock();
        try {
            for (String id : serviceIds) {
                Map<Long, OccupancyPoint> rows = byService.get(id);
                if (rows != null) {
                    rows.values().stream().filter(p -> !p.at().isBefore(from)).forEach(points::add);
                }
            }
        } finally {
            lock.unlock();
        }
        points.sort(java.util.Comparator.comparing(OccupancyPoint::at).thenComparing(OccupancyPoint::serviceId));
        return points;
    }

    void catchUp() {
        lock.lock();
        try {
            Instant now = clock.instant();
            boolean full = loadedAt == null || loadedAt.plus(RELOAD).isBefore(now);
            if (!full && askedAt.plus(CATCH_UP).isAfter(now)) {
                return;
            }
            Instant since = full ? now.minus(Sufficiency.HISTORY) : askedAt.minus(OVERLAP);
            List<OccupancyPoint> rows = vacancies.occupancyHistorySince(since);
            if (full) {
                byService = new HashMap<>();
                loadedAt = now;
            }
            for (OccupancyPoint p : rows) {
                byService.computeIfAbsent(p.serviceId(), id -> new HashMap<>()).put(p.version(), p);
            }
            askedAt = now;
        } finally {
            lock.unlock();
        }
    }
}
