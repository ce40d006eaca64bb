package org.caremarket.assistant;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
import static org.caremarket.Api.delete;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The PA register, search, introductions, employer costs and supply, over HTTP against the demo market. */
class AssistantsIT {

    static final String SEARCH = "/api/assistants/search?postcode=LS6%202AA&slot=WEEKDAYS:MORNING"
            + "&skill=MOVING_AND_HANDLING&skill=MEDICATION&maxRate=15.00";

    private final String word = unique();
    private final String assistantKey = newKey("ASSISTANT", null, null);
    private final String phone = "07700 900" + String.format("%03d", Math.floorMod(word.hashCode(), 1000));
    private final String email = "pa." + word.toLowerCase() + "@example.org";

    static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    /** A verified-ready PA at LS6 1AA (about 1 km from LS6 2AA), free weekday mornings, both skills, £13.00–£14.00. */
    JsonObjectBuilder profile() {
        return Json.createObjectBuilder().add("firstName", "Zed" + word.replaceAll("[^A-Za-z]", "")).add("lastInitial", "Q")
                .add("postcode", "LS6 1AA").add("travelKm", 8)
                .add("skills", Json.createArrayBuilder().add("PERSONAL_CARE").add("MOVING_AND_HANDLING").add("MEDICATION"))
                .add("qualifications", Json.createArrayBuilder().add("Care Certificate"))
                .add("experienceYears", 6).add("languages", Json.createArrayBuilder().add("English").add("Polish"))
                .add("gender", "FEMALE").add("interests", "Walking, baking")
                .add("hourlyRate", Json.createObjectBuilder().add("from", 13.00).add("to", 14.00))
                .add("availability", Json.createObjectBuilder().add("from", today(-1))
                        .add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING").add("SAT:AFTERNOON")))
                .add("dbs", Json.createObjectBuilder().add("level", "ENHANCED_WITH_ADULTS_BARRED_LIST")
                        .add("certificateDate", today(-200)).add("updateService", true))
                .add("rightToWorkChecked", true).add("insuranceExpiry", today(200))
                .add("contact", Json.createObjectBuilder().add("phone", phone).add("email", email));
    }

    Api.Reply keep(JsonObjectBuilder body, String etag) {
        return put("/api/assistants/me", body.build().toString(), etag, assistantKey);
    }

    /** Creates this test's PA and returns its id. */
    String listed() {
        Api.Reply reply = keep(profile(), null);
        assertEquals(201, reply.status(), reply::body);
        return reply.json().getString("id");
    }

    static JsonObject result(JsonObject search, String id) {
        return search.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(id)).findFirst().orElse(null);
    }

    @Test
    @DisplayName("R7.1 a PA creates their profile (201), replaces it only with the current ETag (428, 412), and sees the private parts")
    void keepsOwnProfile() {
        Api.Reply first = keep(profile(), null);
        assertEquals(201, first.status(), first::body);
        JsonObject mine = first.json();
        assertEquals("LS6 1AA", mine.getString("postcode"));
        assertEquals("LS6", mine.getString("district"));
        assertEquals("E08000035", mine.getString("councilCode"));
        assertEquals(phone, mine.getJsonObject("contact").getString("phone"));
        assertEquals(30, mine.getJsonObject("availability").getInt("hoursPerWeek"));
        assertEquals("weekday mornings, Saturday afternoon", mine.getJsonObject("availability").getString("described"));

        Api.Reply read = get("/api/assistants/me", assistantKey);
        assertEquals(200, read.status(), read::body);
        assertEquals(first.etag(), read.etag());

        keep(profile().add("travelKm", 12), null).problem(428);
        keep(profile().add("travelKm", 12), "\"999\"").problem(412);
        Api.Reply replaced = keep(profile().add("travelKm", 12), read.etag());
        assertEquals(200, replaced.status(), replaced::body);
        assertEquals(12, replaced.json().getInt("travelKm"));
        assertNotEquals(read.etag(), replaced.etag());

        get("/api/assistants/me", newKey("PERSON", null, null)).problem(403);
        get("/api/assistants/me").problem(401);
        get("/api/assistants/me", newKey("ASSISTANT", null, null)).problem(404);
    }

    @Test
    @DisplayName("R7.9 a PA's availability starts at most two years ahead and insurance expires within five years: 9999-12-31 is a 400")
    void datesBounded() {
        String etag = keep(profile(), null).etag();
        JsonObject refused = keep(profile().add("availability", Json.createObjectBuilder().add("from", "9999-12-31")
                        .add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING"))).add("insuranceExpiry", "9999-12-31"), etag)
                .problem(400);
        List<JsonObject> errors = refused.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("availability.from", "insuranceExpiry"), errors.stream().map(e -> e.getString("field")).sorted().toList());
        assertTrue(errors.stream().anyMatch(e -> e.getString("message").contains("at most 2 years ahead")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.getString("message").contains("at most 5 years ahead")), errors::toString);
        assertEquals(List.of("insuranceExpiry"), keep(profile().add("insuranceExpiry", "1999-01-01"), etag).invalidFields());
        assertEquals(List.of("availability.from"), keep(profile().add("availability", Json.createObjectBuilder()
                .add("from", today(2 * 366 + 1)).add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING"))), etag).invalidFields());
        assertEquals(etag, get("/api/assistants/me", assistantKey).etag(), "nothing changed");
        Api.Reply within = keep(profile().add("insuranceExpiry", today(4 * 365)).add("availability", Json.createObjectBuilder()
                .add("from", today(365)).add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING"))), etag);
        assertEquals(200, within.status(), within::body);
    }

    @Test
    @DisplayName("R7.1 every bad field of a profile in one 400, contact details kept out of free text, and nothing changed")
    void badProfile() {
        String etag = keep(profile(), null).etag();
        JsonObjectBuilder bad = profile().add("postcode", "ZZ9 9ZZ").add("travelKm", 0)
                .add("skills", Json.createArrayBuilder().add("JUGGLING"))
                .add("hourlyRate", Json.createObjectBuilder().add("from", 15.00).add("to", 13.00))
                .add("availability", Json.createObjectBuilder().add("slots", Json.createArrayBuilder().add("MON:LUNCH")))
                .add("interests", "Ring me on 07700 900123")
                .add("travelDistricts", Json.createArrayBuilder().add("ZZ9"))
                .add("contact", Json.createObjectBuilder());
        List<String> fields = keep(bad, etag).invalidFields();
        assertTrue(fields.containsAll(List.of("travelKm", "skills[0]", "availability.slots[0]")), fields::toString);

        JsonObjectBuilder crossField = profile().add("postcode", "ZZ9 9ZZ")
                .add("hourlyRate", Json.createObjectBuilder().add("from", 15.00).add("to", 13.00))
                .add("interests", "Ring me on 07700 900123").add("travelDistricts", Json.createArrayBuilder().add("ZZ9"))
                .add("contact", Json.createObjectBuilder());
        List<String> more = keep(crossField, etag).invalidFields();
        assertTrue(more.containsAll(List.of("postcode", "hourlyRate.to", "interests", "travelDistricts[0]", "contact")),
                more::toString);
        assertEquals(etag, get("/api/assistants/me", assistantKey).etag());
    }

    @Test
    @DisplayName("R7.3 a person near LS6 2AA needing weekday mornings, moving and handling and medication under £15 gets "
            + "ranked PAs whose calendars overlap, with reasons, and no address, phone or email anywhere")
    void searchForAPerson() {
        String id = listed();
        Api.Reply reply = get(SEARCH + "&limit=50", "cm_demo_person");
        assertEquals(200, reply.status(), reply::body);
        JsonObject found = reply.json();
        assertEquals("LS6", found.getString("district"));
        assertEquals(25, found.getInt("hoursNeeded"));
        List<JsonObject> results = found.getJsonArray("results").getValuesAs(JsonObject.class);
        assertTrue(results.size() > 3, () -> "demo PAs near LS6: " + found);
        double previous = Double.MAX_VALUE;
        for (JsonObject r : results) {
            assertTrue(r.getInt("overlapHours") > 0, r::toString);
            assertTrue(r.getJsonObject("hourlyRate").getJsonNumber("from").doubleValue() <= 15.00, r::toString);
            assertTrue(r.getJsonNumber("score").doubleValue() <= previous, "best first");
            previous = r.getJsonNumber("score").doubleValue();
            List<JsonObject> factors = r.getJsonArray("factors").getValuesAs(JsonObject.class);
            assertEquals(List.of("availability", "skills", "travel", "rate", "verification"),
                    factors.stream().map(f -> f.getString("name")).toList());
            double sum = factors.stream().mapToDouble(f -> f.getJsonNumber("points").doubleValue()).sum();
            assertEquals(r.getJsonNumber("score").doubleValue(), sum, 0.3, "the parts add up to the score");
            factors.forEach(f -> assertFalse(f.getString("reason").isBlank()));
        }
        JsonObject mine = result(found, id);
        assertTrue(mine != null, "this test's PA is found");
        assertEquals(25, mine.getInt("overlapHours"));
        assertEquals("LS6", mine.getString("district"));
        assertTrue(mine.getString("displayName").endsWith(" Q."));
        assertEquals("Has every skill asked for: moving and handling, medication.",
                mine.getJsonArray("factors").getJsonObject(1).getString("reason"));
        assertTrue(found.getJsonArray("excluded").size() > 0, "the demo has PAs in reach who are not free mornings");

        // ids are UUIDs, whose hex digits can look like a phone number: take them out before looking for one
        String body = reply.body().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        assertFalse(body.contains("LS6 1AA") || body.contains(phone) || body.contains(email), "this PA's private details");
        assertFalse(Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b").matcher(body).find(), "no full postcode");
        assertFalse(Pattern.compile("0\\d{3,4} ?\\d{3} ?\\d{3,4}").matcher(body).find(), "no phone number");
        assertFalse(body.contains("@"), "no email address");
        scanForPrivateKeys(found);

        JsonObject byDistrict = get(SEARCH.replace("LS6%202AA", "LS6") + "&limit=50", "cm_demo_person").json();
        assertEquals("LS6", byDistrict.getString("district"));
        assertTrue(result(byDistrict, id) != null, "a district alone is enough to search from");
    }

    /** No key anywhere in the document names an address, phone, email or postcode. */
    static void scanForPrivateKeys(JsonValue value) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                assertFalse(List.of("postcode", "phone", "email", "address", "contact", "latitude", "longitude").contains(k), k);
                scanForPrivateKeys(v);
            });
        } else if (value instanceof jakarta.json.JsonArray a) {
            a.forEach(AssistantsIT::scanForPrivateKeys);
        }
    }

    @Test
    @DisplayName("R7.3 bad search parameters are one 400 naming each; a PROVIDER key is refused")
    void badSearch() {
        List<String> fields = get("/api/assistants/search?postcode=LS6%202AA&slot=MON:LUNCH&skill=JUGGLING&maxRate=abc"
                + "&gender=X&limit=500&verifiedOnly=maybe", "cm_demo_person").invalidFields();
        assertTrue(fields.containsAll(List.of("slot[0]", "skill[0]", "maxRate", "gender", "limit", "verifiedOnly")),
                fields::toString);
        assertTrue(get("/api/assistants/search?slot=MON:MORNING", "cm_demo_person").invalidFields().contains("postcode"));
        assertTrue(get("/api/assistants/search?postcode=ZZ9%209ZZ&slot=MON:MORNING", "cm_demo_person").invalidFields()
                .contains("postcode"));
        assertTrue(get("/api/assistants/search?postcode=ZZ9&slot=MON:MORNING", "cm_demo_person").invalidFields()
                .contains("postcode"));
        assertTrue(get("/api/assistants/search?postcode=not%20a%20place&slot=MON:MORNING", "cm_demo_person").invalidFields()
                .contains("postcode"));
        get(SEARCH, "cm_demo_provider").problem(403);
        get(SEARCH).problem(401);
    }

    @Test
    @DisplayName("R7.4 search follows the register at once: a paused listing leaves the results, a resumed one returns")
    void searchFollowsChanges() {
        String id = listed();
        assertTrue(result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id) != null);
        String etag = get("/api/assistants/me", assistantKey).etag();
        Api.Reply paused = keep(profile().add("listed", false), etag);
        assertEquals(200, paused.status(), paused::body);
        assertEquals(null, result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id));
        get("/api/assistants/" + id, "cm_demo_person").problem(404);
        Api.Reply back = keep(profile().add("hourlyRate", Json.createObjectBuilder().add("from", 12.80)), paused.etag());
        assertEquals(200, back.status(), back::body);
        JsonObject again = result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id);
        assertEquals(12.80, again.getJsonObject("hourlyRate").getJsonNumber("from").doubleValue(), 1e-9);
    }

    @Test
    @DisplayName("R7.4 another instance's change in the shared database (PostgreSQL) reaches this instance's search within about a second")
    void anotherInstancesChange() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getenv("DB_KIND")), "only PostgreSQL is shared between instances");
        String id = listed();
        assertTrue(result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id) != null);
        String url = "jdbc:postgresql://" + System.getenv().getOrDefault("DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("DB_PORT", "5432") + "/" + System.getenv("DB_NAME");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, System.getenv("DB_USER"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
             var pause = db.prepareStatement("UPDATE personal_assistant SET listed = 0, version = version + 1, updated_at = ? "
                     + "WHERE id = ?")) {
            pause.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now()));
            pause.setString(2, id);
            assertEquals(1, pause.executeUpdate());
        }
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        JsonObject seen = result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id);
        while (seen != null && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            seen = result(get(SEARCH + "&limit=50", "cm_demo_person").json(), id);
        }
        assertEquals(null, seen, "the PA paused by the other instance has left this instance's results");
    }

    @Test
    @DisplayName("R7.2 an ADMIN verifies with If-Match; searchers see it; it lapses when the insurance changes; expired insurance shows")
    void verification() {
        String id = listed();
        Api.Reply card = get("/api/assistants/" + id, "cm_demo_person");
        assertEquals(200, card.status(), card::body);
        assertFalse(card.json().getJsonObject("checks").getBoolean("verified"));
        scanForPrivateKeys(card.json());
        String note = "{\"note\":\"DBS certificate, passport and insurance schedule seen\"}";
        put("/api/assistants/" + id + "/verification", note, null).problem(428);
        put("/api/assistants/" + id + "/verification", note, card.etag(), "cm_demo_commissioner_leeds").problem(403);
        Api.Reply verified = put("/api/assistants/" + id + "/verification", note, card.etag());
        assertEquals(200, verified.status(), verified::body);
        assertTrue(verified.json().getJsonObject("checks").getBoolean("allCurrent"));
        String audit = get("/api/audit?targetId=" + id + "&action=assistant.verify", ADMIN).body();
        assertTrue(audit.contains("insurance schedule seen"), "the note is kept in the audit: " + audit);
        assertFalse(audit.contains(phone) || audit.contains("LS6 1AA"), "the audit holds no contact details or postcode");
        JsonObject inSearch = result(get(SEARCH + "&limit=50&verifiedOnly=true", "cm_demo_person").json(), id);
        assertTrue(inSearch.getBoolean("verified"));
        assertEquals(10.0, inSearch.getJsonArray("factors").getJsonObject(4).getJsonNumber("points").doubleValue(), 1e-9);

        String etag = get("/api/assistants/me", assistantKey).etag();
        Api.Reply lapsed = keep(profile().add("insuranceExpiry", today(-3)), etag);
        assertEquals(200, lapsed.status(), lapsed::body);
        JsonObject checks = get("/api/assistants/" + id, "cm_demo_person").json().getJsonObject("checks");
        assertFalse(checks.getBoolean("verified"), "changing the insurance withdrew the verification");
        assertEquals("EXPIRED", checks.getString("insurance"));
        assertEquals(null, result(get(SEARCH + "&limit=50&verifiedOnly=true", "cm_demo_person").json(), id));

        String again = get("/api/assistants/" + id, ADMIN).etag();
        assertEquals(200, put("/api/assistants/" + id + "/verification", note, again).status());
        Api.Reply withdrawn = delete("/api/assistants/" + id + "/verification", get("/api/assistants/" + id, ADMIN).etag());
        assertEquals(200, withdrawn.status(), withdrawn::body);
        assertFalse(withdrawn.json().getJsonObject("checks").getBoolean("verified"));
    }

    static JsonObjectBuilder introduction(String name) {
        return Json.createObjectBuilder().add("postcode", "LS6 2AA")
                .add("message", "I need help getting up and with my tablets on weekday mornings.")
                .add("needs", Json.createArrayBuilder().add("MOVING_AND_HANDLING").add("MEDICATION"))
                .add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING"))
                .add("contact", Json.createObjectBuilder().add("name", name).add("phone", "0113 496 0" + String.format("%03d",
                        Math.floorMod(name.hashCode(), 1000))));
    }

    @Test
    @DisplayName("R7.5 introduction accepted: contact details visible to both sides; declined: never; strangers 403")
    void introductions() {
        String id = listed();
        String person = newKey("PERSON", null, null);
        Api.Reply asked = post("/api/assistants/" + id + "/introductions", introduction("Margaret").build().toString(), person);
        JsonObject intro = created(asked);
        assertEquals("REQUESTED", intro.getString("status"));
        assertEquals("LS6", intro.getString("district"));
        assertTrue(Api.isNull(intro, "assistantContact") && Api.isNull(intro, "requesterContact"), intro::toString);
        String url = "/api/introductions/" + intro.getString("id");
        assertTrue(asked.header("Location").orElseThrow().endsWith(url));

        post("/api/assistants/" + id + "/introductions", introduction("Margaret").build().toString(), person).problem(409);

        JsonObject inbox = get("/api/introductions", assistantKey).json();
        assertEquals(1, inbox.getInt("total"));
        JsonObject waiting = inbox.getJsonArray("items").getJsonObject(0);
        assertTrue(Api.isNull(waiting, "requesterContact"), "the PA does not see the person's contact before accepting");
        assertFalse(get(url, assistantKey).body().contains("0113 496"));

        get(url, newKey("PERSON", null, null)).problem(403);
        post(url + "/accept", "{}", newKey("ASSISTANT", null, null)).problem(403);
        post(url + "/accept", "{}", person).problem(403);

        Api.Reply accepted = post(url + "/accept", "{\"note\":\"Happy to talk\"}", assistantKey);
        assertEquals(200, accepted.status(), accepted::body);
        JsonObject seenByPerson = get(url, person).json();
        assertEquals("ACCEPTED", seenByPerson.getString("status"));
        assertEquals(phone, seenByPerson.getJsonObject("assistantContact").getString("phone"));
        assertEquals(email, seenByPerson.getJsonObject("assistantContact").getString("email"));
        assertEquals("Margaret", get(url, assistantKey).json().getJsonObject("requesterContact").getString("name"));
        post(url + "/decline", "{}", assistantKey).problem(409);

        String other = newKey("PERSON", null, null);
        String declinedUrl = "/api/introductions/" + created(post("/api/assistants/" + id + "/introductions",
                introduction("Harold").build().toString(), other)).getString("id");
        Api.Reply declined = post(declinedUrl + "/decline", "{\"note\":\"No mornings free after all\"}", assistantKey);
        assertEquals(200, declined.status(), declined::body);
        String seen = get(declinedUrl, other).body();
        assertFalse(seen.contains(phone) || seen.contains(email), seen);
        assertFalse(get(declinedUrl, assistantKey).body().contains("Harold"));
        assertFalse(get("/api/introductions", assistantKey).body().contains("Harold"));
    }

    @Test
    @DisplayName("R7.5 one key may ask for 10 introductions in 24 hours: the eleventh is a 429 with Retry-After")
    void introductionLimit() {
        String id = listed();
        String person = newKey("PERSON", null, null);
        for (int i = 0; i < 10; i++) {
            JsonObject intro = created(post("/api/assistants/" + id + "/introductions", introduction("Ann").build().toString(), person));
            assertEquals(200, post("/api/introductions/" + intro.getString("id") + "/withdraw", "", person).status());
        }
        Api.Reply refused = post("/api/assistants/" + id + "/introductions", introduction("Ann").build().toString(), person);
        refused.problem(429);
        long retry = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retry > 23 * 3600 && retry <= 24 * 3600 + 1, "Retry-After " + retry);
        assertEquals(10, get("/api/introductions", person).json().getInt("total"), "the refused one was not stored");
    }

    @Test
    @DisplayName("R7.5 requests sent at the same moment are counted one at a time: of 16 to different PAs 10 are made "
            + "and 6 get 429; of 8 to one PA one is made and 7 get 409")
    void introductionsAtOnce() throws Exception {
        List<String> assistants = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api.Reply pa = put("/api/assistants/me", profile().build().toString(), null, newKey("ASSISTANT", null, null));
            assertEquals(201, pa.status(), pa::body);
            assistants.add(pa.json().getString("id"));
        }
        String person = newKey("PERSON", null, null);
        assertEquals(java.util.Map.of(201, 10L, 429, 6L), atOnce(assistants, person), "a key may ask for 10 in 24 hours");
        assertEquals(10, get("/api/introductions", person).json().getInt("total"), "the refused ones were not stored");

        String another = newKey("PERSON", null, null);
        assertEquals(java.util.Map.of(201, 1L, 409, 7L), atOnce(java.util.Collections.nCopies(8, assistants.get(0)), another),
                "one open introduction to a PA");
        assertEquals(1, get("/api/introductions", another).json().getInt("total"));
    }

    /** One introduction request to each of these PAs, all sent at once with one key: how many got each status. */
    private static java.util.Map<Integer, Long> atOnce(List<String> assistants, String key) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(assistants.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
        for (String id : assistants) {
            replies.add(pool.submit(() -> {
                start.await();
                Api.Reply reply = post("/api/assistants/" + id + "/introductions", introduction("Olive").build().toString(), key);
                if (reply.status() != 201) {
                    reply.problem(reply.status());
                }
                return reply.status();
            }));
        }
        start.countDown();
        java.util.Map<Integer, Long> statuses = new java.util.TreeMap<>();
        for (var reply : replies) {
            statuses.merge(reply.get(), 1L, Long::sum);
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    @DisplayName("R7.5 introductions need a known, listed PA and a way to reach the person")
    void badIntroductions() {
        String person = newKey("PERSON", null, null);
        post("/api/assistants/00000000-0000-0000-0000-000000000000/introductions", introduction("Ann").build().toString(), person)
                .problem(404);
        String id = listed();
        JsonObjectBuilder noWay = introduction("Ann").add("contact", Json.createObjectBuilder().add("name", "Ann"));
        assertTrue(post("/api/assistants/" + id + "/introductions", noWay.build().toString(), person).invalidFields()
                .contains("contact"));
        List<String> fields = post("/api/assistants/" + id + "/introductions", "{\"postcode\":\"LS6 2AA\",\"needs\":[\"X\"]}", person)
                .invalidFields();
        assertTrue(fields.containsAll(List.of("message", "contact", "needs[0]")), fields::toString);
        assertEquals(0, get("/api/introductions", person).json().getInt("total"));
    }

    @Test
    @DisplayName("R7.6 the employer cost of £13.00 an hour for 20 hours in 2026-27, and the hours a £17.10 budget buys")
    void employerCost() {
        Api.Reply reply = get("/api/assistants/cost?hourlyPay=13.00&hoursPerWeek=20&budgetHourlyRate=17.10&taxYear=2026-27");
        assertEquals(200, reply.status(), reply::body);
        JsonObject cost = reply.json();
        assertEquals("2026-27", cost.getString("taxYear"));
        JsonObject weekly = cost.getJsonObject("weekly");
        assertEquals("260.00", weekly.getJsonNumber("pay").bigDecimalValue().toPlainString());
        assertEquals("31.38", weekly.getJsonNumber("holidayPay").bigDecimalValue().toPlainString());
        assertEquals("29.31", weekly.getJsonNumber("employerNationalInsurance").bigDecimalValue().toPlainString());
        assertEquals("5.14", weekly.getJsonNumber("pension").bigDecimalValue().toPlainString());
        assertEquals("1.44", weekly.getJsonNumber("insurance").bigDecimalValue().toPlainString());
        assertEquals("327.27", weekly.getJsonNumber("total").bigDecimalValue().toPlainString());
        assertEquals("17018.04", cost.getJsonObject("yearly").getJsonNumber("total").bigDecimalValue().toPlainString());
        assertEquals("20.75", cost.getJsonObject("budget").getJsonNumber("hoursItBuys").bigDecimalValue().toPlainString());
        assertEquals("14.73", cost.getJsonObject("budget").getJsonNumber("leftOverPerWeek").bigDecimalValue().toPlainString());
        assertEquals("12.71", cost.getJsonObject("rates").getJsonNumber("nationalLivingWage").bigDecimalValue().toPlainString());

        List<String> fields = get("/api/assistants/cost?hourlyPay=abc&hoursPerWeek=200&taxYear=2019-20").invalidFields();
        assertTrue(fields.containsAll(List.of("hourlyPay")), fields::toString);
        List<String> more = get("/api/assistants/cost?hourlyPay=0&hoursPerWeek=200&taxYear=2019-20").invalidFields();
        assertTrue(more.containsAll(List.of("hourlyPay", "hoursPerWeek", "taxYear")), more::toString);
        assertTrue(get("/api/assistants/cost?hoursPerWeek=10").invalidFields().contains("hourlyPay"));
    }

    @Test
    @DisplayName("R7.7 a commissioner sees PA supply against open introductions for their council, by district and skill")
    void supply() {
        String id = listed();
        created(post("/api/assistants/" + id + "/introductions", introduction("Iris").build().toString(), newKey("PERSON", null, null)));
        Api.Reply reply = get("/api/assistants/supply", "cm_demo_commissioner_leeds");
        assertEquals(200, reply.status(), reply::body);
        JsonObject supply = reply.json();
        assertEquals("E08000035", supply.getString("councilCode"));
        assertTrue(supply.getInt("assistants") >= 150, supply::toString);
        assertTrue(supply.getInt("openIntroductions") >= 1);
        JsonObject ls6 = supply.getJsonArray("byDistrict").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("district").equals("LS6")).findFirst().orElseThrow();
        assertTrue(ls6.getInt("assistants") >= 1 && ls6.getInt("openIntroductions") >= 1, ls6::toString);
        JsonObject medication = supply.getJsonArray("bySkill").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("skill").equals("MEDICATION")).findFirst().orElseThrow();
        assertTrue(medication.getInt("assistants") >= 1 && medication.getInt("openIntroductionsNeeding") >= 1);
        assertTrue(supply.getJsonArray("byDistrict").getValuesAs(JsonObject.class).stream()
                .allMatch(d -> d.getString("district").startsWith("LS")), "Leeds districts only");
        get("/api/assistants/supply?council=E10000018", "cm_demo_commissioner_leeds").problem(403);
        assertEquals("E10000018", get("/api/assistants/supply?council=E10000018", ADMIN).json().getString("councilCode"));
        get("/api/assistants/supply?council=E99999999", ADMIN).problem(400);
    }

    @Test
    @DisplayName("R7.8 the demo market has PAs on real Leeds and Leicestershire postcodes, and the demo ASSISTANT key keeps one")
    void demo() {
        Api.Reply mine = get("/api/assistants/me", "cm_demo_assistant");
        assertEquals(200, mine.status(), mine::body);
        assertTrue(mine.json().getString("district").startsWith("LS"));
        assertTrue(mine.json().getString("postcode").startsWith("LS"));
        JsonObject leicestershire = get("/api/assistants/supply?council=E10000018", ADMIN).json();
        assertTrue(leicestershire.getInt("assistants") >= 100, leicestershire::toString);
    }
}
