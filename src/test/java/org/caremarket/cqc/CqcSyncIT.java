package org.caremarket.cqc;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.q;
import static org.caremarket.cqc.CqcImports.awaitIdle;
import static org.caremarket.cqc.CqcImports.finished;
import static org.caremarket.cqc.CqcImports.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caremarket.Api;
import org.caremarket.Server;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The CQC sync client against a local stub of CQC's API that replays CQC's answers, quirks included: a change feed of
 * two pages, throttling answered as HTTP 200 with {"statusCode":429}, an id the feed names that then answers 404, an
 * NHS location's id in lower case (which CQC answers 400), whose record is a hospital the register does not hold.
 * The server is restarted with the stub as its CQC base URL and a subscription key, from the environment.
 */
class CqcSyncIT {

    private static final String KEY = "stub-subscription-key-" + java.util.UUID.randomUUID();

    @Test
    @DisplayName("R8.7 R8.8 the sync follows every page of the change feed, waits out throttling, counts ids CQC does not know, asks for ids in upper case, skips hospitals, sends the key and never logs it")
    void followsTheChangeFeed() throws Exception {
        String run = CqcImports.run();
        String changed = "1-6" + run + "0007";
        String missing = "1-6" + run + "0404";
        JsonObject base = Json.createReader(new StringReader(resource("api-location-1-125856395.json"))).readObject();
        JsonObject location = Json.createObjectBuilder(base).add("locationId", changed).add("providerId", "1-5" + run + "0007")
                .add("name", "Synced Home " + run + " (test)").add("postalCode", "LS22 7US").add("localAuthority", "Leeds")
                .build();
        JsonObject provider = Json.createObjectBuilder().add("providerId", "1-5" + run + "0007").add("name",
                "Synced Providers " + run + " Ltd (test)").add("ownershipType", "Organisation").build();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        List<String> keys = new CopyOnWriteArrayList<>();
        List<String> agents = new CopyOnWriteArrayList<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/public/v1/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/public/v1".length());
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key")));
            agents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (path.equals("/changes/location") && query.contains("startTimestamp=2026-10-01")) {
                // a feed that answers only when the test lets it: the import stays RUNNING meanwhile
                held.countDown();
                try {
                    hold.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "{\"total\":0,\"page\":1,\"totalPages\":1,\"changes\":[]}");
            } else if (path.equals("/changes/location")) {
                answer(exchange, 200, query.contains("page=1&") ? "{\"total\":2,\"page\":1,\"totalPages\":2,\"changes\":[\""
                        + changed + "\"],\"nextPageUri\":\"changes/location?page=2\"}"
                        : "{\"total\":3,\"page\":2,\"totalPages\":2,\"changes\":[\"" + missing + "\",\"rrk02\"]}");
            } else if (!path.equals(path.toUpperCase(java.util.Locale.ROOT).replace("/LOCATIONS/", "/locations/")
                    .replace("/PROVIDERS/", "/providers/"))) {
                answer(exchange, 400, "{\"statusCode\":400,\"message\":\"Invalid location id\"}");
            } else if (path.equals("/locations/RRK02")) {
                answer(exchange, 200, "{\"locationId\":\"RRK02\",\"providerId\":\"RRK\",\"name\":\"A hospital (test)\","
                        + "\"type\":\"NHS Healthcare Organisation\",\"postalCode\":\"LS1 3EX\",\"gacServiceTypes\":"
                        + "[{\"name\":\"Acute services with overnight beds\",\"description\":\"Acute services with overnight beds\"}]}");
            } else if (path.equals("/locations/" + changed)) {
                answer(exchange, 200, call == 1 ? "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 1 seconds.\"}"
                        : location.toString());
            } else if (path.equals("/providers/1-5" + run + "0007")) {
                answer(exchange, 200, provider.toString());
            } else {
                answer(exchange, 404, "{\"statusCode\":404,\"message\":\"Resource not found\"}");
            }
        });
        stub.start();
        try {
            awaitIdle();
            Server.run("stop", Map.of());
            Server.run("start", Map.of("CAREMARKET_CQC_API_BASE_URL", "http://127.0.0.1:" + stub.getAddress().getPort()
                    + "/public/v1", "CAREMARKET_CQC_SUBSCRIPTION_KEY", KEY, "CAREMARKET_CQC_RETRY_MILLIS", "20"));
            Server.awaitReady();

            JsonObject job = finished(post("/api/imports/cqc-changes",
                    "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\"}"));
            assertEquals("SUCCEEDED", job.getString("status"), job::toString);
            assertEquals(3, job.getInt("rowsTotal"), "both pages of the feed");
            assertEquals(3, job.getInt("rowsDone"));
            assertEquals(1, job.getJsonObject("counts").getInt("skipped"), "the NHS hospital, fetched by its upper-case id");
            assertEquals(0, job.getJsonObject("counts").getInt("failed"), job::toString);
            assertEquals(1, calls.get("/locations/RRK02").get());
            assertTrue(calls.keySet().stream().noneMatch(p -> p.contains("rrk")), "never asked for a lower-case id");
            assertEquals(1, job.getJsonObject("counts").getInt("created"), job::toString);
            assertEquals(1, job.getJsonObject("counts").getInt("notFound"), "the id CQC then answered 404 for");
            assertEquals(2, calls.get("/locations/" + changed).get(), "throttled once (HTTP 200, statusCode 429), then fetched");
            assertTrue(keys.stream().allMatch(KEY::equals), "every call carries the subscription key");
            assertTrue(agents.stream().allMatch(a -> a.startsWith("CareMarket")), "and a User-Agent");
            JsonObject service = get("/api/services?q=" + q("Synced Home " + run)).json().getJsonArray("items").getJsonObject(0);
            assertEquals(changed, service.getString("cqcLocationId"));
            assertEquals("Synced Providers " + run + " Ltd (test)",
                    get("/api/providers/" + service.getString("providerId")).json().getString("name"),
                    "a provider new to the register is named from CQC's provider record");
            Path log = Path.of(System.getProperty("liberty.wlp.dir", "target/liberty/wlp"),
                    "usr/servers/caremarket/logs/messages.log");
            assertFalse(Files.readString(log).contains(KEY), "the subscription key is never logged");

            // R8.8 one import at a time: while one runs, another is a 409 and starts nothing
            Api.Reply slow = post("/api/imports/cqc-changes", "{\"from\":\"2026-10-01T00:00:00Z\",\"to\":\"2026-10-02T00:00:00Z\"}");
            assertEquals(202, slow.status(), slow::body);
            assertTrue(held.await(30, java.util.concurrent.TimeUnit.SECONDS), "the import asked for the feed");
            assertEquals("RUNNING", get(slow.header("Location").orElseThrow(), ADMIN).json().getString("status"));
            long imports = get("/api/imports?size=1", ADMIN).json().getJsonNumber("total").longValue();
            JsonObject busy = CqcImports.postCsv("/api/imports/cqc-directory", CqcImports.directory(run), ADMIN).problem(409);
            assertTrue(busy.getString("detail").contains(slow.header("Location").orElseThrow()
                    .replaceAll(".*/", "")), busy::toString);
            post("/api/imports/cqc-locations", resource("api-location-1-125856395.json")).problem(409);
            assertEquals(imports, get("/api/imports?size=1", ADMIN).json().getJsonNumber("total").longValue());
            hold.countDown();
            assertEquals("SUCCEEDED", finished(slow).getString("status"));

            // CQC unreachable: the import fails, saying so; nothing else is harmed
            stub.stop(0);
            JsonObject down = finished(post("/api/imports/cqc-changes",
                    "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\"}"));
            assertEquals("FAILED", down.getString("status"));
            assertTrue(down.getString("failure").contains("could not be reached"), down::toString);
            post("/api/imports/cqc-changes", "{\"from\":\"2026-11-02T00:00:00Z\",\"to\":\"2026-11-01T00:00:00Z\"}").problem(400);
            post("/api/imports/cqc-changes", "{\"from\":\"2026-11-02T00:00:00Z\"}").problem(400);
        } finally {
            stub.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
