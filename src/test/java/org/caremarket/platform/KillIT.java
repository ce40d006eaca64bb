package org.caremarket.platform;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.provider;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.caremarket.Api;
import org.caremarket.Server;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Kills the server the suite runs against with {@code kill -9} in the middle of a burst of writes, starts it again
 * with Liberty's script, and checks that every write the server acknowledged is there and none is half-written.
 */
class KillIT {

    private static final int REPORTERS = 8;
    private static final int CREATORS = 4;

    /** What one reporter had acknowledged for its care home: the last version the server answered 200 to. */
    private record Reported(String serviceId, int acknowledged, int attempted) { }

    @Test
    @DisplayName("R0.11 kill -9 during a burst of writes: after a restart every acknowledged write is there and nothing is half-written")
    void killDuringWrites() throws Exception {
        String providerId = newProvider("Killed mid-write " + unique());
        String key = newKey("PROVIDER", providerId, null);
        List<String> homes = new ArrayList<>();
        for (int i = 0; i < REPORTERS; i++) {
            homes.add(created(post("/api/services", service(providerId, "Kill " + i + " " + unique()).build().toString()))
                    .getString("id"));
        }

        AtomicBoolean serverUp = new AtomicBoolean(true);
        AtomicInteger acknowledged = new AtomicInteger();
        ConcurrentLinkedQueue<String[]> createdProviders = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(REPORTERS + CREATORS);
        List<Future<Reported>> reporters = new ArrayList<>();
        for (String home : homes) {
            reporters.add(pool.submit(() -> report(home, key, serverUp, acknowledged)));
        }
        List<Future<?>> creators = new ArrayList<>();
        for (int i = 0; i < CREATORS; i++) {
            creators.add(pool.submit(() -> create(serverUp, acknowledged, createdProviders)));
        }

        // Let the burst run, then kill while it is still writing.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (acknowledged.get() < 300 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        int acknowledgedBeforeKill = acknowledged.get();
        Server.kill9();
        serverUp.set(false);
        List<Reported> reports = new ArrayList<>();
        for (Future<Reported> f : reporters) {
            reports.add(f.get(2, TimeUnit.MINUTES));
        }
        for (Future<?> f : creators) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Server.run("start", java.util.Map.of());
        Server.awaitReady();

        int writes = 0;
        int lost = 0;
        int halfWritten = 0;
        List<String> problems = new ArrayList<>();
        for (Reported r : reports) {
            writes += r.acknowledged();
            Api.Reply current = get("/api/services/" + r.serviceId() + "/vacancies", key);
            assertEquals(200, current.status(), current::body);
            int version = current.json().getInt("version");
            if (version < r.acknowledged()) {
                lost += r.acknowledged() - version;
                problems.add(r.serviceId() + ": acknowledged version " + r.acknowledged() + ", found " + version);
            }
            if (version > r.attempted()) {
                problems.add(r.serviceId() + ": version " + version + " was never sent");
            }
            List<JsonObject> history = get("/api/services/" + r.serviceId() + "/vacancies/history", key).array()
                    .getValuesAs(JsonObject.class);
            int done = get("/api/audit?targetId=" + r.serviceId() + "&action=vacancy.replace&size=1", ADMIN).json()
                    .getInt("total");
            boolean contiguous = true;
            for (int v = 0; v < history.size(); v++) {
                contiguous &= history.get(v).getInt("version") == v + 1;
            }
            if (history.size() != version || done != version || !contiguous) {
                halfWritten++;
                problems.add(r.serviceId() + ": version " + version + ", " + history.size() + " history rows, "
                        + done + " audit records");
            } else if (version > 0 && history.get(version - 1).getInt("available")
                    != current.json().getJsonObject("totals").getInt("available")) {
                halfWritten++;
                problems.add(r.serviceId() + ": the current report is not the last one in its history");
            }
        }
        for (String[] p : createdProviders) {
            writes++;
            Api.Reply read = get(p[0]);
            if (read.status() != 200 || !read.json().getString("name").equals(p[1])) {
                lost++;
                problems.add(p[0] + ": acknowledged create answered " + read.status());
            }
        }

        System.out.printf("kill -9: %d acknowledged writes (%d vacancy reports, %d provider creates) from %d clients, "
                + "killed after %d; after restart lost: %d, half-written: %d%n", writes, writes - createdProviders.size(),
                createdProviders.size(), REPORTERS + CREATORS, acknowledgedBeforeKill, lost, halfWritten);
        problems.forEach(p -> System.out.println("kill -9 failure: " + p));
        assertTrue(writes >= 300, "a burst of writes was acknowledged before the kill");
        assertEquals(List.of(), problems);
        assertEquals(0, lost);
        assertEquals(0, halfWritten);
    }

    /** Replaces the home's vacancy report again and again until the server goes away. */
    private static Reported report(String home, String key, AtomicBoolean serverUp, AtomicInteger acknowledged) {
        String url = "/api/services/" + home + "/vacancies";
        int version = 0;
        int attempted = 0;
        while (serverUp.get()) {
            String body = Json.createObjectBuilder().add("beds", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("type", "NURSING").add("available", attempted % 30).add("held", 1).add("closed", 0)))
                    .build().toString();
            attempted = version + 1;
            Api.Reply reply;
            try {
                reply = put(url, body, "\"" + version + "\"", key);
            } catch (UncheckedIOException killed) {
                break;
            }
            assertEquals(200, reply.status(), reply::body);
            version = attempted;
            acknowledged.incrementAndGet();
        }
        return new Reported(home, version, attempted);
    }

    /** Registers providers one after another until the server goes away; keeps the acknowledged ones. */
    private static Void create(AtomicBoolean serverUp, AtomicInteger acknowledged, ConcurrentLinkedQueue<String[]> kept) {
        while (serverUp.get()) {
            String name = "Acknowledged " + unique();
            Api.Reply reply;
            try {
                reply = post("/api/providers", provider(name).build().toString());
            } catch (UncheckedIOException killed) {
                break;
            }
            assertEquals(201, reply.status(), reply::body);
            kept.add(new String[] {reply.header("Location").orElseThrow(), name});
            acknowledged.incrementAndGet();
        }
        return null;
    }
}
