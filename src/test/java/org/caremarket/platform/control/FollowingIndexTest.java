package org.caremarket.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The following logic alone, over a database of a few rows in memory, with clocks the test moves. */
class FollowingIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final Duration REFRESH = Duration.ofSeconds(1);
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Duration REBUILD = Duration.ofMinutes(10);

    /** A row: its value (null: the record is not in the index, like an unlisted PA) and the stamp of its last change. */
    record Row(String id, String value, Instant stamp) {
    }

    /** The database: rows by id, and what the index asked of it. */
    static final class Table implements FollowingIndex.Source<Row, Map<String, String>> {
        final Map<String, Row> rows = new HashMap<>();
        final Map<String, Instant> stamps = new HashMap<>();
        final List<Instant> sinces = new ArrayList<>();
        final List<List<String>> byIds = new ArrayList<>();
        int builds;
        int applies;

        void write(String id, String value, Instant stamp) {
            rows.put(id, new Row(id, value, stamp));
        }

        @Override
        public List<Row> changedSince(Instant since) {
            sinces.add(since);
            return rows.values().stream().filter(r -> since == null || !r.stamp().isBefore(since)).toList();
        }

        @Override
        public List<Row> byIds(List<String> ids) {
            byIds.add(ids);
            return ids.stream().filter(rows::containsKey).map(rows::get).toList();
        }

        @Override
        public String id(Row row) {
            return row.id();
        }

        @Override
        public boolean holds(Map<String, String> state, Row row) {
            return row.value() == null ? !state.containsKey(row.id())
                    : state.containsKey(row.id()) && row.stamp().equals(stamps.get(row.id()));
        }

        @Override
        public Map<String, String> build(List<Row> all) {
            builds++;
            stamps.clear();
            return with(new HashMap<>(), all);
        }

        @Override
        public Map<String, String> apply(Map<String, String> state, List<Row> changes) {
            applies++;
            return with(new HashMap<>(state), changes);
        }

        private Map<String, String> with(Map<String, String> state, List<Row> changes) {
            for (Row r : changes) {
                stamps.put(r.id(), r.stamp());
                if (r.value() == null) {
                    state.remove(r.id());
                } else {
                    state.put(r.id(), r.value());
                }
            }
            return Map.copyOf(state);
        }

        @Override
        public String describe(Map<String, String> state) {
            return state.size() + " rows";
        }
    }

    /** The wall clock stamps are compared with, stopped at an instant the test sets. */
    static final class StoppedClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Table table = new Table();
    private final StoppedClock clock = new StoppedClock();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final FollowingIndex<Row, Map<String, String>> index =
            new FollowingIndex<>("Test index", table, clock, nanos::get, REFRESH, OVERLAP, REBUILD);

    /** Both clocks move on together. */
    private void pass(Duration d) {
        clock.now = clock.now.plus(d);
        nanos.addAndGet(d.toNanos());
    }

    @Test
    @DisplayName("R0.20 the first read builds from every row; reads within the refresh interval ask the database nothing")
    void buildsOnce() {
        table.write("a", "A", T0.minusSeconds(60));
        table.write("hidden", null, T0.minusSeconds(60));
        assertEquals(Map.of("a", "A"), index.current());
        Map<String, String> first = index.current();
        pass(Duration.ofMillis(999));
        table.write("b", "B", clock.now);
        assertSame(first, index.current(), "within the refresh interval another instance's change is not looked for");
        assertEquals(1, table.sinces.size());
        assertNull(table.sinces.get(0), "a build reads everything");
        assertEquals(1, table.builds);
    }

    @Test
    @DisplayName("R0.20 another instance's change shows at the first read after the refresh interval; the look reaches back the overlap")
    void anotherInstance() {
        table.write("a", "A", T0.minusSeconds(60));
        index.current();
        pass(Duration.ofMillis(1500));
        table.write("a", "A2", clock.now.minusMillis(200));
        assertEquals(Map.of("a", "A2"), index.current());
        assertEquals(T0.minus(OVERLAP), table.sinces.get(1), "from the previous look's start, less the overlap");
        assertEquals(1, table.applies);
        pass(Duration.ofMillis(1001));
        index.current();
        assertEquals(T0.plusMillis(1500).minus(OVERLAP), table.sinces.get(2));
    }

    @Test
    @DisplayName("R0.20 a write committed up to the overlap after its stamp is read; one committed later waits for the rebuild")
    void lateCommits() {
        table.write("a", "A", T0.minusSeconds(60));
        index.current();
        pass(Duration.ofSeconds(2));
        index.current();
        pass(Duration.ofSeconds(2));
        // stamped before the last look started, committed only now
        table.write("late", "L", T0.plusSeconds(1));
        table.write("too-late", "X", T0.plusSeconds(2).minus(OVERLAP).minusMillis(1));
        assertEquals(Map.of("a", "A", "late", "L"), index.current());
        pass(REBUILD);
        assertEquals(Map.of("a", "A", "late", "L", "too-late", "X"), index.current(), "the rebuild reads everything");
        assertEquals(2, table.builds);
    }

    @Test
    @DisplayName("R0.20 this instance's own change shows at the next read, whatever its stamp, within the refresh interval")
    void ownChange() {
        table.write("a", "A", T0.minusSeconds(60));
        index.current();
        pass(Duration.ofMillis(10));
        table.write("a", "A2", T0.minusSeconds(30));
        index.changed("a");
        assertEquals(Map.of("a", "A2"), index.current());
        assertEquals(List.of(List.of("a")), table.byIds, "read by id: its stamp is older than the look reaches");
        index.changed(null);
        table.write("b", "B", clock.now);
        assertEquals(Map.of("a", "A2", "b", "B"), index.current(), "several changed: their stamps say which");
        assertEquals(1, table.byIds.size(), "a record the look read by its stamp is not read again by id");
    }

    @Test
    @DisplayName("R0.20 rows the overlap reads again unchanged are not applied; a row that leaves the index is removed")
    void unchangedAndRemoved() {
        table.write("a", "A", T0);
        table.write("b", "B", T0);
        Map<String, String> built = index.current();
        pass(Duration.ofSeconds(2));
        assertSame(built, index.current(), "a and b are read again by the overlap, and are as held");
        assertEquals(0, table.applies);
        table.write("b", null, clock.now);
        pass(Duration.ofSeconds(2));
        assertEquals(Map.of("a", "A"), index.current());
        assertFalse(index.current().containsKey("b"));
        pass(Duration.ofSeconds(2));
        index.current();
        assertEquals(1, table.applies, "b, still out, is not applied again");
    }

    @Test
    @DisplayName("R0.20 only a moved stamp makes a change: a write that does not move it shows at the next rebuild")
    void onlyStampsCount() {
        table.write("a", "A", T0);
        index.current();
        pass(Duration.ofMinutes(1));
        table.write("a", "A2", T0);
        assertEquals(Map.of("a", "A"), index.current(), "the stamp did not move");
        pass(REBUILD);
        assertEquals(Map.of("a", "A2"), index.current());
    }
}
