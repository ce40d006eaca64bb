package org.caremarket.platform;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.provider;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stops and starts the very server the suite runs against, with Liberty's own script. */
class RestartIT {

    private static final Path WLP = Path.of(System.getProperty("liberty.wlp.dir", "target/liberty/wlp"));

    @Test
    @DisplayName("R0.4 R3.6 data survives a server restart, which starts on the already migrated schema and registers the operator's ADMIN key")
    void survivesRestart() throws Exception {
        String name = "Durable " + unique();
        Api.Reply reply = post("/api/providers", provider(name).build().toString());
        String url = reply.header("Location").orElseThrow();
        created(reply);
        String etag = reply.etag();
        int servicesBefore = get("/api/services?size=1").json().getInt("total");

        String operatorKey = "operator-" + java.util.UUID.randomUUID() + java.util.UUID.randomUUID();
        server("stop");
        server("start", java.util.Map.of("CAREMARKET_ADMIN_KEY", operatorKey));
        awaitReady();

        Api.Reply after = get(url);
        assertEquals(200, after.status(), after::body);
        assertEquals(name, after.json().getString("name"));
        assertEquals(etag, after.etag());
        assertEquals(servicesBefore, get("/api/services?size=1").json().getInt("total"),
                "the demo market is not loaded again into a database that has data");

        // R3.6 an operator's first ADMIN key, given in the environment, is registered at start-up
        Api.Reply keys = get("/api/keys", operatorKey);
        assertEquals(200, keys.status(), keys::body);
        assertTrue(keys.array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(k -> k.getString("label").equals("bootstrap admin") && k.getString("role").equals("ADMIN")));
    }

    private static void server(String action) throws IOException, InterruptedException {
        server(action, java.util.Map.of());
    }

    private static void server(String action, java.util.Map<String, String> environment) throws IOException, InterruptedException {
        Path script = WLP.resolve("bin").resolve("server");
        assertTrue(Files.isExecutable(script), "no Liberty at " + WLP);
        ProcessBuilder builder = new ProcessBuilder(script.toString(), action, "caremarket").inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertEquals(0, process.waitFor(), "server " + action);
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/health/ready").status() == 200 && get("/api/councils/E08000035").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not come back within 2 minutes");
    }
}
