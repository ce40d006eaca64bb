package org.caremarket.cqc;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.caremarket.Api;

/** Starting CQC imports over HTTP and waiting for them, for the cqc tests. */
final class CqcImports {

    private CqcImports() {
    }

    static String resource(String name) {
        try (InputStream in = CqcImports.class.getResourceAsStream("/cqc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory extract with CQC ids and names of this run's own (five digits). */
    static String directory(String run) {
        return resource("directory-extract.csv").replace("{RUN}", run);
    }

    static String run() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
    }

    static Api.Reply postCsv(String path, String csv, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return Api.send(request);
    }

    /** Waits until no import is queued or running (another test's, or one the fuzzer started), at most 3 minutes. */
    static void awaitIdle() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            boolean busy = get("/api/imports?size=20", ADMIN).json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().anyMatch(j -> j.getString("status").equals("QUEUED") || j.getString("status").equals("RUNNING"));
            if (!busy) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("an import was still running after 3 minutes");
    }

    /** Follows an accepted import (202 + Location) until it has finished; returns its final state. */
    static JsonObject finished(Api.Reply accepted) throws InterruptedException {
        assertEquals(202, accepted.status(), accepted::body);
        String url = accepted.header("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject job = get(url, ADMIN).json();
            if (job.getString("status").equals("SUCCEEDED") || job.getString("status").equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within 3 minutes: " + url);
    }
}
