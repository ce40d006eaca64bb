package org.caremarket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client for the running server (started by the liberty-maven-plugin before failsafe), so that
 * integration tests speak HTTP exactly as a council's or provider's system would.
 */
public final class Api {

    public static final String BASE = "http://localhost:" + System.getProperty("http.port", "9080");
    /** The demo ADMIN key: the server under test runs with the demo market, as the README's run command does. */
    public static final String ADMIN = "cm_demo_admin";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    public record Reply(int status, HttpResponse<String> response) {

        public JsonObject json() {
            return Json.createReader(new StringReader(response.body())).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(response.body())).readArray();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag in reply " + status));
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** Asserts an RFC 9457 problem with this status and returns it. */
        public JsonObject problem(int expected) {
            assertEquals(expected, status, () -> "status; body " + body());
            assertTrue(contentType().startsWith("application/problem+json"), () -> "content type " + contentType());
            JsonObject problem = json();
            assertEquals(expected, problem.getInt("status"));
            assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"),
                    () -> "problem fields in " + problem);
            return problem;
        }

        /** The fields a 400 problem names. */
        public List<String> invalidFields() {
            JsonObject problem = problem(400);
            return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).toList();
        }
    }

    public static Reply get(String path) {
        return get(path, null);
    }

    /** A GET with a key ({@code null}: anonymous). */
    public static Reply get(String path, String key) {
        return send(authorised(HttpRequest.newBuilder(uri(path)).GET(), key));
    }

    /** A POST as the demo ADMIN. */
    public static Reply post(String path, String json) {
        return post(path, json, ADMIN);
    }

    public static Reply post(String path, String json, String key) {
        return send(authorised(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), key));
    }

    /** A PUT as the demo ADMIN. */
    public static Reply put(String path, String json, String ifMatch) {
        return put(path, json, ifMatch, ADMIN);
    }

    public static Reply put(String path, String json, String ifMatch, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(authorised(request, key));
    }

    /** A DELETE as the demo ADMIN. */
    public static Reply delete(String path, String ifMatch) {
        return delete(path, ifMatch, ADMIN);
    }

    public static Reply delete(String path, String ifMatch, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(authorised(request, key));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String key) {
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    /** Issues a key as the demo ADMIN and returns its secret. */
    public static String newKey(String role, String providerId, String councilCode) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("role", role).add("label", "test " + unique());
        if (providerId != null) {
            body.add("providerId", providerId);
        }
        if (councilCode != null) {
            body.add("councilCode", councilCode);
        }
        Reply issued = post("/api/keys", body.build().toString());
        assertEquals(201, issued.status(), issued::body);
        return issued.json().getString("secret");
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : BASE + path);
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A CQC-style id no demo record uses (demo ids start 1-0). */
    public static String cqcId() {
        return "1-9" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** A word no other test uses, to find this test's own records. */
    public static String unique() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    public static JsonObjectBuilder provider(String name) {
        return Json.createObjectBuilder().add("name", name).add("ownership", "PRIVATE").add("cqcProviderId", cqcId());
    }

    /** Registers a provider and returns its id. */
    public static String newProvider(String name) {
        Reply created = post("/api/providers", provider(name).build().toString());
        assertEquals(201, created.status(), created::body);
        return created.json().getString("id");
    }

    /** A valid care home with nursing in Leeds city centre. */
    public static JsonObjectBuilder service(String providerId, String name) {
        return Json.createObjectBuilder()
                .add("providerId", providerId)
                .add("kind", "CARE_HOME_NURSING")
                .add("cqcLocationId", cqcId())
                .add("name", name)
                .add("address", Json.createObjectBuilder().add("line1", "1 Park Square East").add("town", "Leeds")
                        .add("postcode", "LS1 2NE"))
                .add("councilCode", "E08000035")
                .add("rating", Json.createObjectBuilder().add("overall", "GOOD").add("safe", "GOOD")
                        .add("effective", "GOOD").add("caring", "OUTSTANDING").add("responsive", "GOOD")
                        .add("wellLed", "REQUIRES_IMPROVEMENT").add("reportDate", "2024-05-01"))
                .add("specialisms", Json.createArrayBuilder().add("OLDER_PEOPLE").add("DEMENTIA"))
                .add("capacity", 40);
    }

    public static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply::body);
        return reply.json();
    }

    public static boolean isNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key).getValueType() == JsonValue.ValueType.NULL;
    }
}
