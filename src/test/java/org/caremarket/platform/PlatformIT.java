package org.caremarket.platform;

import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.caremarket.Api;
import org.caremarket.RawHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlatformIT {

    @Test
    @DisplayName("R0.2 an unknown path is a 404 problem+json")
    void unknownPath() {
        JsonObject problem = get("/api/no-such-thing").problem(404);
        assertEquals("/api/no-such-thing", problem.getString("instance"));
    }

    @Test
    @DisplayName("R0.2 a method the path does not take is a 405 problem+json")
    void wrongMethod() {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/api/councils")).method("PATCH",
                HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        reply.problem(405);
    }

    @Test
    @DisplayName("R0.2 a body that is not JSON is a 415 problem+json when sent as another media type")
    void unsupportedMediaType() {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/api/providers")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));
        String detail = reply.problem(415).getString("detail");
        assertFalse(detail.contains("RESTEASY"), detail);
    }

    @Test
    @DisplayName("R0.23 a POST with no body and no Content-Type is a 400 'a JSON body is required' where a body is needed, "
            + "and goes through where it is optional; never a 415 quoting RESTEasy")
    void bodylessPost() {
        for (String answer : List.of("accept", "decline")) {
            Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/api/offers/" + Api.unique() + "/" + answer))
                    .header("Authorization", "Bearer cm_demo_provider").POST(HttpRequest.BodyPublishers.noBody()));
            JsonObject problem = reply.problem(400);
            assertEquals("body", problem.getJsonArray("errors").getJsonObject(0).getString("field"), reply::body);
            assertEquals("a JSON body is required", problem.getJsonArray("errors").getJsonObject(0).getString("message"));
        }
        Api.Reply optional = Api.send(HttpRequest.newBuilder(Api.uri("/api/introductions/" + Api.unique() + "/accept"))
                .header("Authorization", "Bearer cm_demo_assistant").POST(HttpRequest.BodyPublishers.noBody()));
        optional.problem(404);
    }

    @Test
    @DisplayName("R0.24 one 400 names a missing parameter with the problems across parameters (a date not in the calendar, "
            + "a budget of nothing), not one after the other")
    void everyProblemAtOnce() {
        Api.Reply reply = get("/api/assistants/search?postcode=LS6%202AA&startDate=2027-02-30&maxRate=0", "cm_demo_person");
        assertEquals(List.of("maxRate", "slot", "startDate"), reply.invalidFields());
    }

    @Test
    @DisplayName("R0.2 malformed JSON is a 400 problem+json that does not echo parser internals")
    void malformedJson() {
        JsonObject problem = post("/api/providers", "{\"name\": \"x\",").problem(400);
        String detail = problem.getString("detail");
        assertFalse(detail.contains("Exception") || detail.contains("org.") || detail.contains("yasson"), detail);
    }

    @Test
    @DisplayName("R0.2 JSON of the wrong type (a string where a number goes) is a 400 problem+json")
    void wrongJsonType() {
        post("/api/services", "{\"capacity\": \"forty\"}").problem(400);
        post("/api/services", "[1,2,3]").problem(400);
        post("/api/services", "\"just a string\"").problem(400);
    }

    @Test
    @DisplayName("R0.1 an empty body where one is required is a 400 naming the body")
    void emptyBody() {
        Api.Reply reply = post("/api/providers", "");
        assertEquals(400, reply.status(), reply::body);
        reply.problem(400);
    }

    @Test
    @DisplayName("R0.2 the NUL character in a body, query or path is a 400, never a database error")
    void nulCharacter() {
        post("/api/providers", "{\"name\": \"Nul\\u0000Care\", \"ownership\": \"PRIVATE\"}").problem(400);
        get("/api/services?q=a%00b").problem(400);
        assertEquals(400, get("/api/services/abc%00def").status(), "Liberty's web container refuses it before the API");
        assertNamesNoInternals(get("/api/services/abc%00def").body());
        Api.Reply escapedBackslash = post("/api/providers", "{\"name\": \"Back\\\\u0000slash " + Api.unique()
                + "\", \"ownership\": \"PRIVATE\"}");
        assertEquals(201, escapedBackslash.status(), "an escaped backslash followed by u0000 is ordinary text: " + escapedBackslash.body());
    }

    /** Words of Liberty's and Java's own error pages that no answer of the product may carry. */
    private static final List<String> INTERNALS = List.of("Exception", "java.", "jakarta.", "com.ibm", "SRVE", "at org.",
            "Open Liberty", "Error 404", "Error 400", "Error 500");

    private static void assertNamesNoInternals(String body) {
        for (String word : INTERNALS) {
            assertFalse(body.contains(word), () -> "names '" + word + "': " + body);
        }
    }

    /** The product's own small page: HTML5 in English, with a title and a heading, and nothing of the server's. */
    private static void assertOwnPage(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::body);
        assertTrue(reply.contentType().startsWith("text/html"), reply::contentType);
        String page = reply.body();
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<html lang=\"en\"") && page.contains("<title>")
                && page.contains("<h1") && page.contains("<main") && page.strip().endsWith("</html>"), page);
        assertNamesNoInternals(page);
        assertTrue(reply.header("X-Request-Id").isPresent(), "the page carries a request id like every answer");
        assertFalse(reply.header("$WSEP").isPresent(), "no Liberty marker header");
    }

    @Test
    @DisplayName("R0.15 outside /api, whatever nothing serves is the product's own page, never the web container's")
    void ownPagesOutsideApi() {
        for (String path : List.of("/etc/passwd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
                "/WEB-INF/classes/org/caremarket/platform/boundary/ServerPages.class", "/errors", "/index.html")) {
            assertOwnPage(get(path), 404);
        }
        assertTrue(get("/etc/passwd").body().contains(">Page not found</h1>"));
        for (String path : List.of("/x%2Fy", "/a%5Cb", "/a%23b", "/a/%2e%2e/b")) {
            assertOwnPage(get(path), 400);
        }
        Api.Reply trace = Api.send(HttpRequest.newBuilder(Api.uri("/")).method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertTrue(trace.status() >= 400 && trace.status() < 500, () -> "TRACE " + trace.status());
        assertNamesNoInternals(trace.body());
    }

    @Test
    @DisplayName("R0.15 under /api, what the web container refuses before the API is problem+json too")
    void problemsForContainerRefusalsUnderApi() {
        for (String path : List.of("/api/x%2Fy", "/api/services/a%5Cb", "/api/a%23b", "/api/providers/%2e%2e%2Fkeys")) {
            JsonObject problem = get(path).problem(400);
            assertEquals("/problems/invalid-request", problem.getString("type"));
            assertNamesNoInternals(problem.toString());
        }
    }

    @Test
    @DisplayName("R0.15 what only Liberty answers is bounded: a NUL or a broken %-escape in the path gets a one-line 400 "
            + "naming no class, the path escaped; an error in Liberty's /health app gets the product's text")
    void libertyOwnAnswersAreBounded() {
        for (String path : List.of("/x%00y", "/api/x%00y", "/x%zz", "/api/services/%C0%AF", "/x%00%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
            RawHttp.Answer reply = RawHttp.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n", null);
            assertEquals(400, reply.status(), path);
            assertFalse(reply.body().contains("<script>"), reply::body);
            for (String word : List.of("Exception", "java.", "com.ibm", "at org.", "at com.", "stack")) {
                assertFalse(reply.body().contains(word), reply::body);
            }
            assertTrue(reply.body().length() < 300, reply::body);
        }
        Api.Reply health = get("/health/no-such-check");
        assertEquals(404, health.status());
        assertTrue(health.body().contains("<html lang=\"en\">") && health.body().contains("<h1>"), health::body);
        assertNamesNoInternals(health.body());
    }

    @Test
    @DisplayName("R0.15 a header or address over the HTTP channel's limits gets Liberty's bare 400 (an empty body, the "
            + "connection closed) and the server keeps answering; one within them reaches the API")
    void channelLimits() {
        String hundredKilobytes = "a".repeat(100 * 1024);
        List<RawHttp.Answer> refused = List.of(
                RawHttp.send("GET /api/councils HTTP/1.1\r\nHost: localhost\r\nX-Big: " + hundredKilobytes + "\r\n", null),
                RawHttp.send("GET /api/councils?q=" + hundredKilobytes + " HTTP/1.1\r\nHost: localhost\r\n", null),
                RawHttp.send("GET /api/services?" + "size=5&".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n", null));
        for (RawHttp.Answer answer : refused) {
            assertEquals(400, answer.status());
            assertEquals("", answer.body(), "the channel's refusal says nothing, so it leaks nothing");
        }
        StringBuilder manyHeaders = new StringBuilder("GET /api/councils HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 600; i++) {
            manyHeaders.append("X-H").append(i).append(": 1\r\n");
        }
        assertEquals(400, RawHttp.send(manyHeaders.toString(), null).status(), "more than limitNumHeaders (500)");
        RawHttp.Answer within = RawHttp.send("GET /api/councils/E08000035 HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20 * 1024) + "\r\n", null);
        assertEquals(200, within.status(), within::body);
        assertEquals(200, get("/health/ready").status(), "the server keeps answering");
    }

    @Test
    @DisplayName("R0.16 /health gives status only to anyone: no heap figures, no database product")
    void healthWithoutFigures() {
        for (String path : List.of("/health", "/health/live", "/health/ready")) {
            Api.Reply reply = get(path);
            assertEquals(200, reply.status(), reply::body);
            for (JsonObject check : reply.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
                JsonValue data = check.get("data");
                assertTrue(data == null || data.asJsonObject().isEmpty(), () -> path + " shows " + check);
            }
            assertFalse(reply.body().contains("MiB") || reply.body().contains("Derby"), reply::body);
        }
    }

    @Test
    @DisplayName("R0.17 Location is built from caremarket.public-url, never from the request's Host header")
    void locationFromConfiguration() {
        String body = Api.provider("Hosted " + Api.unique()).build().toString();
        RawHttp.Answer created = RawHttp.send("POST /api/providers HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: Bearer " + Api.ADMIN + "\r\nContent-Type: application/json\r\n", body);
        assertEquals(201, created.status(), created::body);
        String location = created.header("Location");
        assertTrue(location.startsWith(Api.BASE + "/api/providers/"), location);
        assertFalse(location.contains("evil.example"), location);
        assertEquals(200, get(location).status(), "the Location is where the record is");
        RawHttp.Answer forwarded = RawHttp.send("POST /api/providers HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "Forwarded: host=evil.example;proto=https\r\nAuthorization: Bearer " + Api.ADMIN
                + "\r\nContent-Type: application/json\r\n", Api.provider("Forwarded " + Api.unique()).build().toString());
        assertEquals(201, forwarded.status(), forwarded::body);
        assertTrue(forwarded.header("Location").startsWith(Api.BASE + "/api/providers/"), forwarded.header("Location"));
    }

    @Test
    @DisplayName("R0.18 a query parameter an operation takes once, given twice, is a 400 naming it; list parameters may repeat")
    void repeatedSingleValuedParameters() {
        JsonObject problem = get("/api/services?size=5&size=100000").problem(400);
        assertEquals("size", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains("2 times"), problem::toString);
        assertEquals(List.of("page"), get("/api/providers?page=0&page=1").invalidFields());
        assertEquals(List.of("council", "to"), get("/api/care-packages?council=E08000035&council=E10000018&to=2026-12-01&to=2026-12-02",
                Api.ADMIN).invalidFields());
        assertEquals(List.of("limit"), get("/api/assistants/search?postcode=LS6%202AA&slot=WEEKDAYS:MORNING&limit=5&limit=50",
                "cm_demo_person").invalidFields());
        assertEquals(List.of("socialCare"), get("/api/councils?socialCare=true&socialCare=false").invalidFields());
        assertEquals(200, get("/api/services?kind=HOMECARE&kind=EXTRA_CARE&specialism=DEMENTIA&specialism=OLDER_PEOPLE&size=1").status());
        assertEquals(200, get("/api/assistants/search?postcode=LS6%202AA&slot=WEEKDAYS:MORNING&slot=SAT:EVENING",
                "cm_demo_person").status());
        assertEquals(200, get("/api/services?size=1&" + "unknown=1&".repeat(2_000)).status(), "parameters no operation takes are not read");
    }

    @Test
    @DisplayName("R0.19 every enum-valued query parameter in the contract refuses an unknown value with a 400 naming it and the values allowed")
    void enumQueryParameters() {
        Map<String, Object> spec = OpenApiDocument.served();
        List<OpenApiDocument.EnumParameter> parameters = OpenApiDocument.enumQueryParameters(spec);
        assertTrue(parameters.stream().anyMatch(p -> p.name().equals("bedType")), parameters::toString);
        assertTrue(parameters.size() >= 8, parameters::toString);
        for (OpenApiDocument.EnumParameter p : parameters) {
            String path = p.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000") + "?" + p.name() + "=FOO";
            Api.Reply reply = get(path, Api.ADMIN);
            JsonObject problem = reply.problem(400);
            JsonObject error = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").startsWith(p.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(path + ": " + problem));
            for (String allowed : p.values()) {
                assertTrue(error.getString("message").contains(allowed), () -> path + " does not list " + allowed + ": " + error);
            }
        }
    }

    @Test
    @DisplayName("R0.5 readiness checks the database and liveness the process; both are UP")
    void health() {
        Api.Reply ready = get("/health/ready");
        assertEquals(200, ready.status(), ready::body);
        JsonObject readiness = ready.json();
        assertEquals("UP", readiness.getString("status"));
        assertTrue(readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), readiness::toString);
        Api.Reply live = get("/health/live");
        assertEquals(200, live.status(), live::body);
        assertEquals("UP", live.json().getString("status"));
    }
}
