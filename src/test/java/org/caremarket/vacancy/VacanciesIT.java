package org.caremarket.vacancy;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
import static org.caremarket.Api.delete;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VacanciesIT {

    private final String word = unique();
    private final String provider = newProvider("Vacancies " + word);
    private final String key = newKey("PROVIDER", provider, null);

    /** A 40-bed nursing home in Leeds run by this test's provider; returns its id. */
    private String home(String name) {
        return created(post("/api/services", service(provider, name + " " + word).build().toString())).getString("id");
    }

    private String serviceOfKind(String kind, int capacity) {
        return created(post("/api/services", service(provider, kind + " " + word).add("kind", kind)
                .add("capacity", capacity).build().toString())).getString("id");
    }

    private static JsonObjectBuilder bed(String type, int available, int held, int closed) {
        return Json.createObjectBuilder().add("type", type).add("available", available).add("held", held).add("closed", closed);
    }

    private static String beds(JsonObjectBuilder... lines) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder line : lines) {
            array.add(line);
        }
        return Json.createObjectBuilder().add("beds", array).build().toString();
    }

    private static String url(String serviceId) {
        return "/api/services/" + serviceId + "/vacancies";
    }

    @Test
    @DisplayName("R4.3 before any report: version 0 and stale; the first PUT needs If-Match \"0\", then the ETag moves on")
    void firstReport() {
        String id = home("First");
        Api.Reply empty = get(url(id));
        assertEquals(200, empty.status(), empty::body);
        assertEquals("\"0\"", empty.etag());
        assertTrue(empty.json().getBoolean("stale"));
        assertEquals(40, empty.json().getJsonObject("totals").getInt("capacity"));

        String report = beds(bed("NURSING", 2, 1, 0));
        put(url(id), report, null, key).problem(428);
        Api.Reply accepted = put(url(id), report, "\"0\"", key);
        assertEquals(200, accepted.status(), accepted::body);
        assertEquals("\"1\"", accepted.etag());
        JsonObject view = get(url(id)).json();
        assertFalse(view.getBoolean("stale"));
        assertEquals(2, view.getJsonObject("totals").getInt("available"));
        put(url(id), report, "\"0\"", key).problem(412);
        assertEquals(1, get(url(id)).json().getInt("version"), "a stale write changes nothing");
    }

    @Test
    @DisplayName("R4.1 a care home reports beds by type, held and closed, admissions with a reason, room features and a fee")
    void careHomeReport() {
        String id = home("Full");
        String report = Json.createObjectBuilder()
                .add("admissions", Json.createObjectBuilder().add("accepting", false).add("reason", "Norovirus outbreak"))
                .add("beds", Json.createArrayBuilder().add(bed("NURSING_DEMENTIA", 2, 1, 0)).add(bed("RESPITE", 1, 0, 3)))
                .add("roomFeatures", Json.createArrayBuilder().add("EN_SUITE").add("GROUND_FLOOR"))
                .add("weeklyFee", 1250.50).build().toString();
        Api.Reply reply = put(url(id), report, "\"0\"", key);
        assertEquals(200, reply.status(), reply::body);
        JsonObject view = get(url(id)).json();
        assertFalse(view.getJsonObject("admissions").getBoolean("accepting"));
        assertEquals("Norovirus outbreak", view.getJsonObject("admissions").getString("reason"));
        assertEquals(2, view.getJsonArray("beds").size());
        assertEquals(3, view.getJsonObject("totals").getInt("closed"));
        assertEquals(1250.50, view.getJsonNumber("weeklyFee").doubleValue(), 0.001);
        assertEquals(List.of("EN_SUITE", "GROUND_FLOOR"), view.getJsonArray("roomFeatures").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());
    }

    @Test
    @DisplayName("R4.4 a report is checked whole: every bad field in one 400, and nothing is applied")
    void validation() {
        String id = home("Checked");
        assertEquals(200, put(url(id), beds(bed("NURSING", 1, 0, 0)), "\"0\"", key).status());
        assertEquals(List.of("beds"), put(url(id), beds(bed("NURSING", 30, 5, 6)), "\"1\"", key).invalidFields(),
                "41 beds reported, 40 registered");
        assertEquals(List.of("beds[1]"), put(url(id), beds(bed("NURSING", 1, 0, 0), bed("NURSING", 2, 0, 0)), "\"1\"", key)
                .invalidFields());
        assertEquals(List.of("beds[0].available", "beds[1].type"), put(url(id), beds(bed("NURSING", -1, 0, 0),
                bed("PENTHOUSE", 1, 0, 0)), "\"1\"", key).invalidFields());
        String wrongKind = Json.createObjectBuilder().add("homecare", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("district", "LS6").add("timeBand", "MORNING").add("days", "WEEKDAYS").add("hours", 10)))
                .add("admissions", Json.createObjectBuilder().add("accepting", false)).build().toString();
        assertEquals(List.of("admissions.reason", "homecare"), put(url(id), wrongKind, "\"1\"", key).invalidFields());
        put(url(id), "{\"beds\": \"lots\"}", "\"1\"", key).problem(400);
        JsonObject view = get(url(id)).json();
        assertEquals(1, view.getInt("version"));
        assertEquals(1, view.getJsonObject("totals").getInt("available"));
    }

    @Test
    @DisplayName("R4.2 homecare reports spare hours by district, time band and days, and double-handed calls")
    void homecare() {
        String id = serviceOfKind("HOMECARE", 2000);
        String report = Json.createObjectBuilder().add("doubleHandedCalls", true).add("homecare", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("district", "ls6").add("timeBand", "MORNING").add("days", "WEEKDAYS").add("hours", 14))
                .add(Json.createObjectBuilder().add("district", "LS7").add("timeBand", "BED").add("days", "WEEKENDS").add("hours", 6)))
                .build().toString();
        Api.Reply reply = put(url(id), report, "\"0\"", key);
        assertEquals(200, reply.status(), reply::body);
        JsonObject view = reply.json();
        assertEquals("LS6", view.getJsonArray("homecare").getJsonObject(0).getString("district"));
        assertTrue(view.getBoolean("doubleHandedCalls"));
        assertEquals(20, view.getJsonObject("totals").getInt("available"));
        String unknown = Json.createObjectBuilder().add("homecare", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("district", "ZZ99").add("timeBand", "LUNCH").add("days", "WEEKDAYS").add("hours", 1))).build().toString();
        assertEquals(List.of("homecare[0].district"), put(url(id), unknown, reply.etag(), key).invalidFields());
    }

    @Test
    @DisplayName("R4.2 extra care reports units, Shared Lives placements, supported living places, within capacity")
    void otherKinds() {
        String extra = serviceOfKind("EXTRA_CARE", 60);
        assertEquals(200, put(url(extra), "{\"units\":[{\"type\":\"ONE_BED\",\"available\":3},{\"type\":\"TWO_BED\",\"available\":1}]}",
                "\"0\"", key).status());
        String shared = serviceOfKind("SHARED_LIVES", 80);
        assertEquals(200, put(url(shared), "{\"placements\":[{\"type\":\"SHORT_BREAK\",\"available\":2}]}", "\"0\"", key).status());
        String living = serviceOfKind("SUPPORTED_LIVING", 12);
        assertEquals(List.of("places"), put(url(living), "{\"places\":13}", "\"0\"", key).invalidFields());
        Api.Reply places = put(url(living), "{\"places\":2}", "\"0\"", key);
        assertEquals(200, places.status(), places::body);
        assertEquals(2, places.json().getInt("places"));
        assertEquals(List.of("beds"), put(url(living), beds(bed("NURSING", 1, 0, 0)), places.etag(), key).invalidFields());
    }

    @Test
    @DisplayName("R4.4 a deregistered service cannot report anything available")
    void deregistered() {
        String id = home("Closed");
        Api.Reply read = get("/api/services/" + id);
        assertEquals(200, delete("/api/services/" + id, read.etag()).status());
        put(url(id), beds(bed("NURSING", 1, 0, 0)), "\"0\"", key).problem(409);
        assertEquals(200, put(url(id), beds(bed("NURSING", 0, 0, 0)), "\"0\"", key).status());
    }

    @Test
    @DisplayName("R4.4 a report is checked against the service's record as it is when written: a capacity or status changed "
            + "after the last report counts at once, whichever way it moved")
    void checkedAgainstTheRecordNow() {
        JsonObject record = service(provider, "Resized " + word).build();
        String id = created(post("/api/services", record.toString())).getString("id");
        assertEquals(200, put(url(id), beds(bed("NURSING", 1, 0, 0)), "\"0\"", key).status());

        assertEquals(200, put("/api/services/" + id, Json.createObjectBuilder(record).add("capacity", 10).build().toString(),
                get("/api/services/" + id).etag()).status());
        assertEquals(List.of("beds"), put(url(id), beds(bed("NURSING", 12, 0, 0)), "\"1\"", key).invalidFields(),
                "12 beds after the home shrank to 10");
        Api.Reply shrunk = put(url(id), beds(bed("NURSING", 9, 0, 0)), "\"1\"", key);
        assertEquals(200, shrunk.status(), shrunk::body);
        assertEquals(10, shrunk.json().getJsonObject("totals").getInt("capacity"));

        assertEquals(200, put("/api/services/" + id, Json.createObjectBuilder(record).add("capacity", 60).build().toString(),
                get("/api/services/" + id).etag()).status());
        Api.Reply grown = put(url(id), beds(bed("NURSING", 50, 0, 0)), "\"2\"", key);
        assertEquals(200, grown.status(), "50 beds once the home grew to 60: " + grown.body());
        assertEquals(60, grown.json().getJsonObject("totals").getInt("capacity"));
        List<JsonObject> history = get(url(id) + "/history", key).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(40, 10, 60), history.stream().map(h -> h.getInt("capacity")).toList(),
                "each report kept with the capacity it was checked against");

        assertEquals(200, delete("/api/services/" + id, get("/api/services/" + id).etag()).status());
        put(url(id), beds(bed("NURSING", 1, 0, 0)), "\"3\"", key).problem(409);
        assertEquals(3, get(url(id)).json().getInt("version"), "a refused report changes nothing");
        assertEquals(200, put(url(id), beds(bed("NURSING", 0, 0, 0)), "\"3\"", key).status());
    }

    @Test
    @DisplayName("R4.5 every accepted report is kept in the history with occupancy; the history is the provider's and the council's")
    void history() {
        String id = home("History");
        String etag = "\"0\"";
        for (int available : new int[] {4, 2, 0}) {
            Api.Reply reply = put(url(id), beds(bed("NURSING", available, 1, 1)), etag, key);
            assertEquals(200, reply.status(), reply::body);
            etag = reply.etag();
        }
        List<JsonObject> history = get(url(id) + "/history", key).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2, 3), history.stream().map(h -> h.getInt("version")).toList());
        assertEquals(List.of(4, 2, 0), history.stream().map(h -> h.getInt("available")).toList());
        assertEquals(38, history.get(2).getInt("occupied"));
        assertEquals(95.0, history.get(2).getJsonNumber("occupancyPercent").doubleValue(), 0.01);
        assertEquals("NURSING", history.get(0).getJsonObject("report").getJsonArray("lines").getJsonObject(0).getString("type"));
        assertEquals(3, get(url(id) + "/history", "cm_demo_commissioner_leeds").array().size());
        assertEquals(0, get(url(id) + "/history?from=2020-01-01&to=2020-02-01", key).array().size());
        get(url(id) + "/history", "cm_demo_commissioner_leicestershire").problem(403);
        get(url(id) + "/history", newKey("PROVIDER", newProvider("Other " + unique()), null)).problem(403);
        get(url(id) + "/history").problem(401);
        assertEquals(List.of("from"), get(url(id) + "/history?from=2026-02-30", key).invalidFields());
    }

    @Test
    @DisplayName("R4.6 a service without a fresh report is stale in reads, in search, and on the council's list to chase")
    void stale() {
        String id = home("Stale");
        String council = "/api/vacancies/stale?council=E08000035";
        assertTrue(get(council, "cm_demo_commissioner_leeds").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(i -> i.getString("serviceId").equals(id)));
        assertTrue(get("/api/services/" + id).json().getJsonObject("vacancy").getBoolean("stale"));
        assertEquals(1, get("/api/services?q=" + word + "&fresh=false").json().getInt("total"));

        assertEquals(200, put(url(id), beds(bed("NURSING", 1, 0, 0)), "\"0\"", key).status());
        assertTrue(get(council, "cm_demo_commissioner_leeds").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().noneMatch(i -> i.getString("serviceId").equals(id)));
        JsonObject summary = get("/api/services/" + id).json().getJsonObject("vacancy");
        assertFalse(summary.getBoolean("stale"));
        assertEquals(1, summary.getInt("available"));
        assertEquals(1, get("/api/services?q=" + word + "&fresh=true").json().getInt("total"));

        get(council, "cm_demo_commissioner_leicestershire").problem(403);
        get(council, key).problem(403);
        assertEquals(200, get("/api/vacancies/stale", "cm_demo_commissioner_leeds").status(), "own council by default");
        assertEquals(List.of("council"), get("/api/vacancies/stale?council=Leeds", ADMIN).invalidFields());
    }

    @Test
    @DisplayName("R4.9 the directory search finds services with a vacancy now, by bed type")
    void search() {
        String withBeds = home("Open");
        home("Full");
        String dementia = home("Dementia");
        assertEquals(200, put(url(withBeds), beds(bed("NURSING", 2, 0, 0)), "\"0\"", key).status());
        assertEquals(200, put(url(dementia), beds(bed("NURSING_DEMENTIA", 1, 0, 0), bed("NURSING", 0, 0, 0)), "\"0\"", key).status());
        List<String> open = get("/api/services?q=" + word + "&hasVacancy=true&sort=name").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList();
        assertEquals(List.of("Dementia " + word, "Open " + word), open);
        assertEquals(1, get("/api/services?q=" + word + "&bedType=NURSING_DEMENTIA").json().getInt("total"));
        assertEquals(1, get("/api/services?q=" + word + "&hasVacancy=false").json().getInt("total"));
        assertEquals(List.of("hasVacancy"), get("/api/services?hasVacancy=maybe").invalidFields());
        assertEquals(List.of("bedType"), get("/api/services?bedType=nursing;drop").invalidFields());
        String allowed = get("/api/services?bedType=FOO").problem(400).getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(allowed.contains("NURSING_DEMENTIA") && allowed.contains("ONE_BED") && allowed.contains("SHORT_BREAK"),
                "an unknown type is a 400 listing the types, not an empty result: " + allowed);
    }

    @Test
    @DisplayName("R4.10 another provider's key is refused (403, audited, nothing changes); no key is a 401")
    void onlyItsProvider() {
        String id = home("Guarded");
        String other = newKey("PROVIDER", newProvider("Intruder " + unique()), null);
        put(url(id), beds(bed("NURSING", 5, 0, 0)), "\"0\"", other).problem(403);
        put(url(id), beds(bed("NURSING", 5, 0, 0)), "\"0\"", null).problem(401);
        assertEquals(0, get(url(id)).json().getInt("version"));
        assertTrue(get("/api/audit?targetId=" + id + "&action=vacancy.replace", ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("outcome").equals("DENIED")));
        assertEquals(200, put(url(id), beds(bed("NURSING", 5, 0, 0)), "\"0\"", ADMIN).status(), "ADMIN may report");
        assertTrue(get("/api/audit?targetId=" + id + "&action=vacancy.replace", ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("outcome").equals("DONE")
                        && a.getJsonObject("after").getJsonArray("lines").size() == 1));
    }

    @Test
    @DisplayName("R4.10 R3.5 each accepted report is audited once, by its history row: key, role, the report before and after; the audit pages through reports and other changes alike, newest first")
    void reportsInTheAudit() {
        String id = home("Audited");
        String etag = "\"0\"";
        for (int available : new int[] {1, 2, 3}) {
            Api.Reply reply = put(url(id), beds(bed("NURSING", available, 0, 0)), etag, key);
            assertEquals(200, reply.status());
            etag = reply.etag();
        }
        List<JsonObject> all = get("/api/audit?targetId=" + id, ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("vacancy.replace", "vacancy.replace", "vacancy.replace", "service.create"),
                all.stream().map(a -> a.getString("action")).toList(), all::toString);
        for (int i = 0; i < 3; i++) {
            JsonObject report = all.get(i);
            assertEquals("PROVIDER", report.getString("role"));
            assertEquals("DONE", report.getString("outcome"));
            assertEquals("CareService", report.getString("targetType"));
            assertEquals(3 - i, report.getJsonObject("after").getJsonArray("lines").getJsonObject(0).getInt("available"));
            assertTrue(Instant.parse(report.getString("at")).compareTo(Instant.parse(all.get(i + 1).getString("at"))) >= 0,
                    "newest first");
        }
        assertEquals(all.get(1).getJsonObject("after"), all.get(0).getJsonObject("before"), "before is the previous report");
        assertEquals(all.get(2).getJsonObject("after"), all.get(1).getJsonObject("before"));
        assertTrue(Api.isNull(all.get(2), "before"), "the first report had none before it");
        assertEquals(1, get("/api/audit?keyId=" + all.get(0).getString("keyId") + "&targetId=" + id
                + "&from=" + all.get(0).getString("at"), ADMIN).json().getInt("total"), "by key and time");

        JsonObject first = get("/api/audit?targetId=" + id + "&size=2", ADMIN).json();
        JsonObject second = get("/api/audit?targetId=" + id + "&size=2&page=1", ADMIN).json();
        assertEquals(4, first.getInt("total"));
        assertEquals(4, second.getInt("total"));
        assertEquals(all.stream().map(a -> a.getString("id")).toList(), java.util.stream.Stream.concat(
                first.getJsonArray("items").getValuesAs(JsonObject.class).stream(),
                second.getJsonArray("items").getValuesAs(JsonObject.class).stream()).map(a -> a.getString("id")).toList());
        assertEquals(3, get("/api/audit?targetId=" + id + "&action=vacancy.replace", ADMIN).json().getInt("total"));
        assertEquals(1, get("/api/audit?targetId=" + id + "&action=service.create", ADMIN).json().getInt("total"));
        assertEquals(List.of("page"), get("/api/audit?page=100&size=100", ADMIN).invalidFields(),
                "deeper than the newest 10,000 entries a search is narrowed by time");
    }

    @Test
    @DisplayName("R4.3 R4.5 32 clients racing on one service: each update wins or gets 412; the history holds exactly the winners")
    void race() throws Exception {
        String id = home("Race");
        int clients = 32;
        int rounds = 3;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<int[]>> results = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                start.await();
                int won = 0;
                int stale = 0;
                for (int r = 0; r < rounds; r++) {
                    String etag = get(url(id)).etag();
                    Api.Reply reply = put(url(id), beds(bed("NURSING", client % 40, 0, 0)), etag, key);
                    if (reply.status() == 200) {
                        won++;
                    } else {
                        reply.problem(412);
                        stale++;
                    }
                }
                return new int[] {won, stale};
            }));
        }
        start.countDown();
        int won = 0;
        int stale = 0;
        for (var f : results) {
            int[] r = f.get();
            won += r[0];
            stale += r[1];
        }
        pool.shutdown();
        assertEquals(clients * rounds, won + stale);
        assertTrue(won >= 1);
        List<JsonObject> history = get(url(id) + "/history", key).array().getValuesAs(JsonObject.class);
        System.out.printf("concurrent updates: %d clients x %d conflicting If-Match updates; %d won, %d got 412, %d in the history; "
                + "lost updates: %d%n", clients, rounds, won, stale, history.size(), Math.max(0, won - history.size()));
        assertEquals(won, history.size(), "the history holds exactly the winners");
        assertEquals(won, get(url(id)).json().getInt("version"));
        for (int v = 0; v < history.size(); v++) {
            assertEquals(v + 1, history.get(v).getInt("version"), "no version lost or repeated");
        }
    }

    @Test
    @DisplayName("R4.11 reports sent at the same moment are written together, yet each gets its own answer and only accepted ones change anything")
    void together() throws Exception {
        String other = newKey("PROVIDER", newProvider("Neighbour " + unique()), null);
        List<String> good = new java.util.ArrayList<>();
        List<String> stale = new java.util.ArrayList<>();
        List<String> invalid = new java.util.ArrayList<>();
        List<String> foreign = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            good.add(home("Together good " + i));
            stale.add(home("Together stale " + i));
        }
        for (int i = 0; i < 4; i++) {
            invalid.add(home("Together invalid " + i));
            foreign.add(home("Together foreign " + i));
        }
        record Sent(String id, String body, String ifMatch, String key, int expected) {
        }
        List<Sent> sent = new java.util.ArrayList<>();
        good.forEach(id -> sent.add(new Sent(id, beds(bed("NURSING", 3, 1, 0)), "\"0\"", key, 200)));
        stale.forEach(id -> sent.add(new Sent(id, beds(bed("NURSING", 3, 1, 0)), "\"5\"", key, 412)));
        invalid.forEach(id -> sent.add(new Sent(id, beds(bed("NURSING", 41, 0, 0)), "\"0\"", key, 400)));
        foreign.forEach(id -> sent.add(new Sent(id, beds(bed("NURSING", 3, 0, 0)), "\"0\"", other, 403)));
        for (int i = 0; i < 4; i++) {
            sent.add(new Sent(java.util.UUID.randomUUID().toString(), beds(bed("NURSING", 3, 0, 0)), "\"0\"", key, 404));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sent.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
        for (Sent s : sent) {
            replies.add(pool.submit(() -> {
                start.await();
                return put(url(s.id()), s.body(), s.ifMatch(), s.key());
            }));
        }
        start.countDown();
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            Api.Reply reply = replies.get(i).get();
            if (s.expected() == 200) {
                assertEquals(200, reply.status(), reply.body());
                assertEquals("\"1\"", reply.etag());
                assertEquals(3, reply.json().getJsonObject("totals").getInt("available"));
            } else {
                reply.problem(s.expected());
            }
        }
        pool.shutdown();
        for (String id : good) {
            assertEquals(1, get(url(id)).json().getInt("version"));
            assertEquals(1, get(url(id) + "/history", key).array().size());
        }
        for (String id : concat(stale, invalid, foreign)) {
            assertEquals(0, get(url(id)).json().getInt("version"), "a refused report changed " + id);
            assertEquals(0, get(url(id) + "/history", key).array().size());
        }
        for (String id : foreign) {
            List<JsonObject> audit = get("/api/audit?targetId=" + id + "&action=vacancy.replace", ADMIN).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals(List.of("DENIED"), audit.stream().map(a -> a.getString("outcome")).toList(), "audited once: " + id);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
