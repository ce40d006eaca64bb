package org.caremarket.platform;

import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.caremarket.Api;
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
    @DisplayName("R0.14 a POST with no body and no Content-Type is a 400 'a JSON body is required' where a body is needed, "
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
    @DisplayName("R0.15 one 400 names a missing parameter with the problems across parameters (a date not in the calendar, "
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
        Api.Reply escapedBackslash = post("/api/providers", "{\"name\": \"Back\\\\u0000slash " + Api.unique()
                + "\", \"ownership\": \"PRIVATE\"}");
        assertEquals(201, escapedBackslash.status(), "an escaped backslash followed by u0000 is ordinary text: " + escapedBackslash.body());
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
