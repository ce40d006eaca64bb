package org.caremarket.platform;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defects of issue 17 as a provider's system and a council's integrator met them: each wrong body is a 400
 * naming the field, and the record it was aimed at is exactly as it was.
 */
class StrictInputIT {

    private final String word = unique();
    private final String provider = newProvider("Strict " + word);
    private final String key = newKey("PROVIDER", provider, null);
    private final String home = created(post("/api/services", service(provider, "Strict home " + word).build().toString()))
            .getString("id");

    private static String vacancies(String id) {
        return "/api/services/" + id + "/vacancies";
    }

    /** The record as it is: the service's body and ETag, and its vacancy report's. */
    private String state() {
        Api.Reply service = get("/api/services/" + home);
        Api.Reply report = get(vacancies(home));
        return service.etag() + service.body() + report.etag() + report.body();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":-4294967294}]}  | beds[0].available",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":4294967298}]}   | beds[0].available",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":1e308}]}        | beds[0].available",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":0.9999}]}       | beds[0].available",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":1.5}]}          | beds[0].available",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":\"2\"}]}        | beds[0].available",
            "{\"bed\":[{\"type\":\"NURSING\",\"available\":2}]}             | bed",
            "{}                                                             | beds",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":2}],\"admissions\":{\"accepting\":\"yes\"}} | admissions.accepting",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":2}],\"beds\":[]} | beds",
            "{\"beds\":[{\"type\":\"NURSING\",\"available\":2}]} {\"beds\":[]} | body",
    })
    @DisplayName("R0.12 a vacancy report with a wrapped, fractional or quoted count, a misspelt or missing part, a yes/no that is not true/false, a key twice or a second document is a 400 naming the field, and nothing changes")
    void vacancyReportsReadExactly(String body, String field) {
        String before = state();
        Api.Reply reply = put(vacancies(home), body, "\"0\"", key);
        assertTrue(reply.invalidFields().contains(field), () -> body + " → " + reply.body());
        assertEquals(before, state(), "the refused report changed the record");
        assertTrue(get(vacancies(home)).json().getBoolean("stale"), "a refused report does not make the home fresh");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "capacity       | 4294967301",
            "capacity       | 5.9",
            "specialism     | [\"DEMENTIA\"]",
            "name           | 123",
    })
    @DisplayName("R0.12 a service's full replacement with a wrapped or fractional capacity, a misspelt field or a number for its name is a 400 naming it, and the service keeps its specialisms")
    void serviceReplacementReadExactly(String field, String value) {
        String before = state();
        // the service as registered, with one field replaced (or, for the misspelt one, added)
        String body = service(provider, "Strict home " + word)
                .add(field, jakarta.json.Json.createReader(new java.io.StringReader(value)).readValue()).build().toString();
        Api.Reply reply = put("/api/services/" + home, body, get("/api/services/" + home).etag());
        assertEquals(List.of(field), reply.invalidFields(), () -> body + " → " + reply.body());
        assertEquals(before, state());
        assertTrue(get("/api/services/" + home).json().getJsonArray("specialisms").toString().contains("DEMENTIA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "\"1\"", "\"Y\"", "\"true\""})
    @DisplayName("R0.12 doubleHandedCalls on a care package must be true or false: \"yes\", 1 or \"Y\" is a 400, not false")
    void yesNoIsTrueOrFalse(String value) {
        String body = "{\"kind\":\"HOMECARE\",\"postcode\":\"LS9 7TF\",\"startDate\":\"" + java.time.LocalDate.now() + "\","
                + "\"urgency\":\"ROUTINE\",\"funding\":\"COUNCIL_ARRANGED\",\"needs\":{\"visits\":[{\"timeBand\":\"MORNING\","
                + "\"days\":\"WEEKDAYS\",\"hoursPerWeek\":5}],\"doubleHandedCalls\":" + value + "}}";
        Api.Reply reply = post("/api/care-packages", body, "cm_demo_broker_leeds");
        assertEquals(List.of("needs.doubleHandedCalls"), reply.invalidFields(), reply::body);
    }

    @Test
    @DisplayName("R0.12 invalid UTF-8, half a surrogate pair, control characters and a right-to-left override in a name are refused, not stored as U+FFFD or ?")
    void textIsWellFormed() {
        for (String name : List.of("\"a\\ud800b\"", "\"bell\\u0007\"", "\"Oak\\u202eesuoH\"")) {
            Api.Reply reply = post("/api/providers", "{\"name\":" + name + ",\"ownership\":\"PRIVATE\"}");
            assertEquals(List.of("name"), reply.invalidFields(), () -> name + " → " + reply.body());
        }
        byte[] latin1 = "{\"name\":\"Caf\u00e9\",\"ownership\":\"PRIVATE\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/api/providers")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Api.ADMIN).POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertTrue(reply.problem(400).toString().contains("UTF-8"), reply::body);
    }

    @Test
    @DisplayName("R0.13 If-Match: * writes on the current version; a list writes when it names the current one; a weak or unquoted tag does not")
    void ifMatchByTheRfc() {
        String report = "{\"beds\":[{\"type\":\"NURSING\",\"available\":1}]}";
        put(vacancies(home), report, "W/\"0\"", key).problem(412);
        assertEquals(List.of("If-Match"), put(vacancies(home), report, "0", key).invalidFields());
        Api.Reply listed = put(vacancies(home), report, "\"7\", \"0\"", key);
        assertEquals(200, listed.status(), listed::body);
        assertEquals("\"1\"", listed.etag());
        Api.Reply any = put(vacancies(home), report, "*", key);
        assertEquals(200, any.status(), any::body);
        assertEquals("\"2\"", any.etag());
        put(vacancies(home), report, "\"0\", \"1\"", key).problem(412);
        assertEquals(2, get(vacancies(home)).json().getInt("version"));
    }

    @Test
    @DisplayName("R0.13 a GET with If-None-Match naming the current ETag is a 304 without a body; a stale one gets the record")
    void notModified() {
        Api.Reply read = get("/api/services/" + home);
        String tag = read.etag();
        for (String condition : List.of(tag, "W/" + tag, "\"999\", " + tag, "*")) {
            Api.Reply again = Api.send(HttpRequest.newBuilder(Api.uri("/api/services/" + home))
                    .header("If-None-Match", condition).GET());
            assertEquals(304, again.status(), condition);
            assertEquals("", again.body());
            assertEquals(tag, again.etag());
        }
        Api.Reply stale = Api.send(HttpRequest.newBuilder(Api.uri("/api/services/" + home)).header("If-None-Match", "\"999\"").GET());
        assertEquals(200, stale.status());
        assertEquals(read.body(), stale.body());
    }
}
