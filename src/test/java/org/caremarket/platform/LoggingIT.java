package org.caremarket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server's log is JSON, a record a line, and every request can be found in it by its request id. */
class LoggingIT {

    static final Path LOG = Path.of(System.getProperty("project.basedir", "."), "target", "liberty", "wlp", "usr", "servers",
            "caremarket", "logs", "messages.log");

    @Test
    @DisplayName("R0.10 every answer carries an X-Request-Id: the caller's when sensible, else a new one")
    void requestIds() {
        String id = "ci-" + Api.unique();
        Api.Reply mine = Api.send(HttpRequest.newBuilder(Api.uri("/api/councils/E08000035")).header("X-Request-Id", id).GET());
        assertEquals(id, mine.header("X-Request-Id").orElse(""));
        String fresh = Api.get("/api/councils/E08000035").header("X-Request-Id").orElse("");
        assertTrue(fresh.matches("^[0-9a-f-]{36}$"), fresh);
        String odd = Api.send(HttpRequest.newBuilder(Api.uri("/api/no-such-thing")).header("X-Request-Id", "a b<script>").GET())
                .header("X-Request-Id").orElse("");
        assertTrue(odd.matches("^[0-9a-f-]{36}$"), "an unsafe id is replaced, on a problem too: " + odd);
    }

    @Test
    @DisplayName("R0.10 messages.log is JSON a line; a request's access record carries its id, and no query string or postcode")
    void jsonLog() throws Exception {
        String id = "ci-" + Api.unique();
        Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/api/services?near=LS6%202AA&radiusKm=2&size=1"))
                .header("X-Request-Id", id).GET());
        assertEquals(200, reply.status(), reply::body);
        JsonObject record = null;
        Instant deadline = Instant.now().plusSeconds(15);
        while (record == null && Instant.now().isBefore(deadline)) {
            List<String> lines = Files.readAllLines(LOG);
            for (String line : lines) {
                if (line.contains(id)) {
                    record = Json.createReader(new StringReader(line)).readObject();
                }
            }
            if (record == null) {
                Thread.sleep(200);
            }
        }
        assertTrue(record != null, "an access record with the request id");
        assertEquals("liberty_accesslog", record.getString("type"), record::toString);
        assertEquals("/api/services", record.getString("ibm_uriPath"), record::toString);
        assertFalse(record.toString().contains("LS6") || record.toString().contains("near="), "no query string: " + record);
        long notJson = Files.readAllLines(LOG).stream().filter(l -> !l.isBlank() && !l.startsWith("{")).count();
        assertEquals(0, notJson, "every line of messages.log is a JSON record");
    }
}
