package org.caremarket.brokerage;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.caremarket.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Brokerage over HTTP against the running server and its demo market (Leeds and Leicestershire). */
class BrokerageIT {

    static final String BROKER = "cm_demo_broker_leeds";
    static final String OTHER_BROKER = "cm_demo_broker_leicestershire";

    private final String word = unique();
    private final String provider = newProvider("Brokerage " + word);
    private final String providerKey = newKey("PROVIDER", provider, null);

    /** A 40-bed Good nursing home with dementia care at LS1 2NE, about 2.5 km from LS9 7TF, reporting these beds. */
    private String home(String name, int dementiaBeds) {
        String id = created(post("/api/services", service(provider, name + " " + word).build().toString())).getString("id");
        report(id, "\"0\"", true, dementiaBeds);
        return id;
    }

    private void report(String serviceId, String etag, boolean accepting, int dementiaBeds) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("beds", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "NURSING_DEMENTIA").add("available", dementiaBeds)));
        if (!accepting) {
            body.add("admissions", Json.createObjectBuilder().add("accepting", false).add("reason", "Outbreak"));
        }
        Api.Reply reply = put("/api/services/" + serviceId + "/vacancies", body.build().toString(), etag, providerKey);
        assertEquals(200, reply.status(), reply::body);
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** A Leeds hospital discharge needing a nursing dementia bed near LS9 7TF. */
    static JsonObjectBuilder dementiaBed() {
        return Json.createObjectBuilder().add("kind", "CARE_HOME_NURSING").add("postcode", "LS9 7TF")
                .add("startDate", today()).add("urgency", "HOSPITAL_DISCHARGE").add("funding", "COUNCIL_ARRANGED")
                .add("reference", "LCC-" + unique())
                .add("needs", Json.createObjectBuilder().add("bedType", "NURSING_DEMENTIA")
                        .add("specialisms", Json.createArrayBuilder().add("DEMENTIA")));
    }

    static String request(JsonObjectBuilder body, String key) {
        return created(post("/api/care-packages", body.build().toString(), key)).getString("id");
    }

    static JsonObject matches(String packageId, String key) {
        Api.Reply reply = get("/api/care-packages/" + packageId + "/matches?limit=100", key);
        assertEquals(200, reply.status(), reply::body);
        return reply.json();
    }

    private static JsonObject match(JsonObject matches, String serviceId) {
        return matches.getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("serviceId").equals(serviceId)).findFirst().orElse(null);
    }

    private static String offer(String packageId, String serviceId) {
        return offer(packageId, serviceId, BROKER);
    }

    private static String offer(String packageId, String serviceId, String broker) {
        Api.Reply reply = post("/api/care-packages/" + packageId + "/offers",
                Json.createObjectBuilder().add("serviceIds", Json.createArrayBuilder().add(serviceId)).build().toString(), broker);
        assertEquals(201, reply.status(), reply::body);
        return reply.array().getJsonObject(0).getString("id");
    }

    private Api.Reply accept(String offerId, String key) {
        return post("/api/offers/" + offerId + "/accept", "{\"price\": 1180.00}", key);
    }

    private static Api.Reply award(String packageId, String offerId) {
        return award(packageId, offerId, BROKER);
    }

    private static Api.Reply award(String packageId, String offerId, String broker) {
        return post("/api/care-packages/" + packageId + "/award", "{\"offerId\": \"" + offerId + "\"}", broker);
    }

    private static int dementiaBedsAt(String serviceId) {
        return get("/api/services/" + serviceId + "/vacancies").json().getJsonArray("beds").getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getString("type").equals("NURSING_DEMENTIA")).mapToInt(b -> b.getInt("available"))
                .sum();
    }

    @Test
    @DisplayName("R5.1 a broker requests care for its council: 201 with the request; every bad field in one 400, nothing stored")
    void request() {
        Api.Reply made = post("/api/care-packages", dementiaBed().add("priceCap", 1250)
                .add("preferences", Json.createObjectBuilder().add("carerGender", "FEMALE").add("language", "Punjabi")
                        .add("nearFamilyPostcode", "LS8 1AB")).build().toString(), BROKER);
        JsonObject p = created(made);
        assertEquals("\"" + p.getInt("version") + "\"", made.etag());
        assertTrue(made.header("Location").orElseThrow().endsWith("/api/care-packages/" + p.getString("id")));
        assertEquals("OPEN", p.getString("status"));
        assertEquals("E08000035", p.getString("councilCode"));
        assertEquals("LS9 7TF", p.getString("postcode"));
        assertEquals("LS9", p.getString("district"));
        assertEquals("REQUIRES_IMPROVEMENT", p.getString("minRating"), "Inadequate excluded by default");
        assertEquals(15.0, p.getJsonNumber("maxDistanceKm").doubleValue());
        assertEquals("WEEK", p.getJsonObject("priceCap").getString("per"));
        assertEquals("LS8 1AB", p.getJsonObject("preferences").getString("nearFamilyPostcode"));
        assertEquals(p.getString("id"), get("/api/care-packages/" + p.getString("id"), BROKER).json().getString("id"));

        long before = get("/api/care-packages?size=1", BROKER).json().getJsonNumber("total").longValue();
        String homecareWithBeds = Json.createObjectBuilder().add("kind", "HOMECARE").add("postcode", "LS9 7TF")
                .add("startDate", "2020-01-01").add("urgency", "SOON").add("funding", "COUNCIL_ARRANGED")
                .add("minRating", "GREAT").add("maxDistanceKm", 500)
                .add("needs", Json.createObjectBuilder().add("bedType", "NURSING")).build().toString();
        assertEquals(List.of("maxDistanceKm", "minRating", "needs.bedType", "needs.visits", "startDate", "urgency"),
                post("/api/care-packages", homecareWithBeds, BROKER).invalidFields(), "field and cross-field problems in one 400");
        String noUrgencyNoVisits = Json.createObjectBuilder().add("kind", "HOMECARE").add("postcode", "LS9 7TF")
                .add("startDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()).add("funding", "COUNCIL_ARRANGED")
                .add("needs", Json.createObjectBuilder()).build().toString();
        assertEquals(List.of("needs.visits", "urgency"), post("/api/care-packages", noUrgencyNoVisits, BROKER).invalidFields(),
                "a missing field and homecare without visits are named together, not one after the other");
        String crossField = Json.createObjectBuilder().add("kind", "HOMECARE").add("postcode", "LS9 7TF")
                .add("startDate", "2020-01-01").add("urgency", "ROUTINE").add("funding", "COUNCIL_ARRANGED")
                .add("needs", Json.createObjectBuilder().add("bedType", "NURSING")).build().toString();
        assertEquals(List.of("needs.bedType", "needs.visits", "startDate"), post("/api/care-packages", crossField, BROKER).invalidFields());
        assertEquals(List.of("needs.bedType"), post("/api/care-packages", dementiaBed().add("kind", "CARE_HOME_RESIDENTIAL")
                .build().toString(), BROKER).invalidFields(), "nursing beds are in nursing homes");
        assertEquals(List.of("postcode", "preferences.nearFamilyPostcode"), post("/api/care-packages", dementiaBed()
                .add("postcode", "ZZ9 9ZZ").add("preferences", Json.createObjectBuilder().add("nearFamilyPostcode", "NOTAPOST"))
                .build().toString(),
                BROKER).invalidFields());
        assertEquals(before, get("/api/care-packages?size=1", BROKER).json().getJsonNumber("total").longValue(), "nothing stored");
        post("/api/care-packages", "{\"kind\": \"HOMECARE\",", BROKER).problem(400);
    }

    @Test
    @DisplayName("R5.9 a person's requests are listed newest first, a page at a time, with the total")
    void listedByPage() {
        String person = newKey("PERSON", null, null);
        List<String> made = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(0, request(dementiaBed().add("funding", "SELF_FUNDED").add("councilCode", "E08000035"), person));
        }
        JsonObject first = get("/api/care-packages?size=2&page=0", person).json();
        JsonObject second = get("/api/care-packages?size=2&page=1", person).json();
        assertEquals(3, first.getJsonNumber("total").longValue());
        assertEquals(3, second.getJsonNumber("total").longValue());
        assertEquals(2, first.getJsonArray("items").size());
        List<String> listed = new java.util.ArrayList<>();
        for (JsonObject page : List.of(first, second)) {
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> listed.add(i.getString("id")));
        }
        assertEquals(made, listed, "newest first, each once");
        assertEquals(0, get("/api/care-packages?size=2&page=2", person).json().getJsonArray("items").size());
    }

    @Test
    @DisplayName("R5.9 a person requests for themselves (direct payment or self-funded) and alone reads it; other councils' and roles' keys are refused")
    void whoMayRequestAndRead() {
        String person = newKey("PERSON", null, null);
        assertEquals(List.of("funding"), post("/api/care-packages", dementiaBed().add("councilCode", "E08000035").build()
                .toString(), person).invalidFields());
        assertEquals(List.of("funding", "startDate"), post("/api/care-packages", dementiaBed().add("councilCode", "E08000035")
                .add("startDate", "2020-01-01").build().toString(), person).invalidFields(), "every bad field in one 400");
        String own = request(dementiaBed().add("funding", "DIRECT_PAYMENT").add("councilCode", "E08000035"), person);
        JsonObject mine = get("/api/care-packages/" + own, person).json();
        assertEquals("E08000035", mine.getString("councilCode"));
        assertEquals("PERSON", mine.getString("requestedBy"));
        assertEquals(200, get("/api/care-packages/" + own, BROKER).status(), "the council's broker may read it");
        assertTrue(get("/api/care-packages", person).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getString("id").equals(own)), "a person lists only their own");
        get("/api/care-packages/" + own, newKey("PERSON", null, null)).problem(403);
        get("/api/care-packages/" + own, OTHER_BROKER).problem(403);
        get("/api/care-packages/" + own, providerKey).problem(403);
        get("/api/care-packages/" + own, null).problem(401);
        get("/api/care-packages/" + own + "/matches", OTHER_BROKER).problem(403);
        post("/api/care-packages", dementiaBed().build().toString(), providerKey).problem(403);
        post("/api/care-packages", dementiaBed().add("councilCode", "E10000018").build().toString(), BROKER).problem(403);
        get("/api/care-packages/no-such-request", BROKER).problem(404);
        post("/api/care-packages/" + own + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", OTHER_BROKER).problem(403);
        assertTrue(get("/api/audit?targetId=" + own + "&action=package.cancel", ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("outcome").equals("DENIED")));
        assertEquals("CANCELLED", post("/api/care-packages/" + own + "/cancel", "{\"reason\": \"NO_LONGER_NEEDED\"}", person)
                .json().getString("status"), "the person who asked may cancel");
    }

    @Test
    @DisplayName("R5.10 a person's request belongs to the council responsible for their postcode: a Leeds postcode cannot be filed under Leicestershire")
    void personsCouncilIsTheirPostcodes() {
        String person = newKey("PERSON", null, null);
        String leicestershire = "/api/brokerage/metrics?council=E10000018&from=" + today();
        int before = get(leicestershire, ADMIN).json().getInt("requests");
        JsonObject refused = post("/api/care-packages", dementiaBed().add("funding", "SELF_FUNDED").add("councilCode", "E10000018")
                .build().toString(), person).problem(400);
        JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
        assertEquals("councilCode", error.getString("field"));
        assertTrue(error.getString("message").contains("Leeds (E08000035)"), error::toString);
        assertEquals(0, get("/api/care-packages", person).json().getJsonNumber("total").longValue(), "nothing stored");
        assertEquals(before, get(leicestershire, ADMIN).json().getInt("requests"), "not counted in Leicestershire's metrics");
        assertEquals("E08000035", created(post("/api/care-packages", dementiaBed().add("funding", "SELF_FUNDED")
                .add("councilCode", "E08000035").build().toString(), person)).getString("councilCode"));
        assertEquals("E06000065", created(post("/api/care-packages", dementiaBed().add("postcode", "LS24 9AA")
                .add("funding", "SELF_FUNDED").add("councilCode", "E06000065").build().toString(), person))
                .getString("councilCode"), "Tadcaster, nearer Leeds's centre than its own, may be North Yorkshire's");
        assertEquals("E10000018", created(post("/api/care-packages", dementiaBed().add("postcode", "LE11 3TU")
                .add("funding", "DIRECT_PAYMENT").add("councilCode", "E10000018").build().toString(), person))
                .getString("councilCode"), "a Loughborough postcode is Leicestershire's");
        assertEquals("E10000018", created(post("/api/care-packages", dementiaBed().add("councilCode", "E10000018").build()
                .toString(), ADMIN)).getString("councilCode"), "an ADMIN may still file for any council");
    }

    @Test
    @DisplayName("R5.11 an acceptance above the price cap is flagged and awarded only when the broker confirms the price")
    void overPriceCap() {
        String id = request(dementiaBed().add("priceCap", 1000), BROKER);
        String home = home("Dear", 2);
        String offerId = offer(id, home);
        JsonObject accepted = post("/api/offers/" + offerId + "/accept", "{\"price\": 19999.00}", providerKey).json();
        assertTrue(accepted.getBoolean("overPriceCap"), accepted::toString);
        JsonObject seen = get("/api/care-packages/" + id, BROKER).json();
        assertTrue(seen.getJsonArray("offers").getJsonObject(0).getBoolean("overPriceCap"), seen::toString);
        assertTrue(get("/api/offers/" + offerId, providerKey).json().getBoolean("overPriceCap"), "the provider sees it too");

        JsonObject refused = award(id, offerId).problem(409);
        assertEquals("/problems/over-price-cap", refused.getString("type"));
        assertTrue(refused.getString("detail").contains("19999.00") && refused.getString("detail").contains("overCapConfirmed"),
                refused::toString);
        assertEquals("OFFERED", get("/api/care-packages/" + id, BROKER).json().getString("status"), "nothing changed");
        assertEquals(2, dementiaBedsAt(home), "no bed taken");

        Api.Reply awarded = post("/api/care-packages/" + id + "/award",
                "{\"offerId\": \"" + offerId + "\", \"overCapConfirmed\": true}", BROKER);
        assertEquals(200, awarded.status(), awarded::body);
        assertEquals("AWARDED", awarded.json().getString("status"));
        assertEquals(1, dementiaBedsAt(home));
        JsonObject audited = get("/api/audit?targetId=" + id + "&action=package.award", ADMIN).json().getJsonArray("items")
                .getJsonObject(0);
        assertTrue(audited.toString().contains("awardedOverPriceCap"), audited::toString);

        String within = request(dementiaBed().add("priceCap", 1000), BROKER);
        String cheap = offer(within, home("Within", 1));
        assertFalse(post("/api/offers/" + cheap + "/accept", "{\"price\": 1000.00}", providerKey).json().getBoolean("overPriceCap"));
        assertEquals(200, award(within, cheap).status(), "at the cap needs no confirmation");
    }

    @Test
    @DisplayName("R5.2 a Leeds hospital discharge for a nursing dementia bed near LS9 7TF: ranked nursing homes with such a bed, each with reasons; the rest counted by reason")
    void demoMarketMatches() {
        String id = request(dementiaBed(), BROKER);
        JsonObject result = matches(id, BROKER);
        List<JsonObject> found = result.getJsonArray("matches").getValuesAs(JsonObject.class);
        assertFalse(found.isEmpty(), "the demo market has nursing dementia beds near LS9 7TF");
        double previous = Double.MAX_VALUE;
        int rank = 1;
        for (JsonObject m : found) {
            assertEquals(rank++, m.getInt("rank"));
            double score = m.getJsonNumber("score").doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
            assertTrue(m.getJsonNumber("distanceKm").doubleValue() <= 15);
            assertTrue(m.getInt("available") >= 1);
            assertTrue(dementiaBedsAt(m.getString("serviceId")) >= 1, "the service reports a nursing dementia bed now");
            assertEquals("CARE_HOME_NURSING", get("/api/services/" + m.getString("serviceId")).json().getString("kind"));
            assertFalse(m.getString("rating").equals("INADEQUATE"));
            List<JsonObject> factors = m.getJsonArray("factors").getValuesAs(JsonObject.class);
            assertEquals(List.of("DISTANCE", "QUALITY", "PRICE", "CAPACITY", "FRESHNESS", "CONTINUITY"),
                    factors.stream().map(f -> f.getString("factor")).toList());
            assertTrue(factors.stream().allMatch(f -> !f.getString("reason").isBlank()));
            assertEquals(score, factors.stream().mapToDouble(f -> f.getJsonNumber("points").doubleValue()).sum(), 0.31);
        }
        List<JsonObject> excluded = result.getJsonArray("excluded").getValuesAs(JsonObject.class);
        assertFalse(excluded.isEmpty());
        assertTrue(excluded.stream().allMatch(e -> e.getString("description").startsWith(e.getInt("count") + " ")));
        assertEquals(result.getInt("considered"), result.getInt("matched")
                + excluded.stream().mapToInt(e -> e.getInt("count")).sum(), "every service considered is matched or excluded once");
        assertEquals(List.of("limit"), get("/api/care-packages/" + id + "/matches?limit=0", BROKER).invalidFields());
        JsonObject one = get("/api/care-packages/" + id + "/matches?limit=1", BROKER).json();
        assertEquals(1, one.getJsonArray("matches").size(), "the limit cuts the list");
        assertEquals(result.getInt("matched"), one.getInt("matched"), "not the count");

        JsonObject best = found.get(0);
        String home = best.getString("serviceId");
        int before = dementiaBedsAt(home);
        String homeKey = newKey("PROVIDER", best.getString("providerId"), null);
        String offerId = offer(id, home);
        assertEquals(200, accept(offerId, homeKey).status());
        assertEquals(200, award(id, offerId).status());
        assertEquals(before - 1, dementiaBedsAt(home), "offer, accept, award: one nursing dementia bed fewer");
        List<JsonObject> history = get("/api/services/" + home + "/vacancies/history", homeKey).array()
                .getValuesAs(JsonObject.class);
        assertEquals("AWARD", history.get(history.size() - 1).getString("source"));
    }

    @Test
    @DisplayName("R5.3 matching follows the register and the vacancies at once: a new report shows, not accepting or deregistered never matches")
    void followsTheMarket() {
        String id = request(dementiaBed(), BROKER);
        String home = home("Fresh", 2);
        JsonObject mine = match(matches(id, BROKER), home);
        assertEquals(2, mine.getInt("available"));
        assertTrue(mine.getJsonArray("factors").getJsonObject(4).getString("reason").contains("minute"), "reported just now");

        report(home, "\"1\"", false, 2);
        assertEquals(null, match(matches(id, BROKER), home), "not accepting admissions");
        report(home, "\"2\"", true, 3);
        assertEquals(3, match(matches(id, BROKER), home).getInt("available"));
        String etag = get("/api/services/" + home).etag();
        assertEquals(200, Api.delete("/api/services/" + home, etag, providerKey).status());
        assertEquals(null, match(matches(id, BROKER), home), "deregistered");
        assertTrue(matches(id, BROKER).getJsonArray("excluded").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("reason").equals("NOT_REGISTERED")));
    }

    @Test
    @DisplayName("R5.3 another instance's write to the shared database (PostgreSQL) reaches this instance's matching within about a second")
    void anotherInstancesWrite() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getenv("DB_KIND")), "only PostgreSQL is shared between instances");
        String id = request(dementiaBed(), BROKER);
        String home = home("Shared", 2);
        assertEquals(2, match(matches(id, BROKER), home).getInt("available"));
        String url = "jdbc:postgresql://" + System.getenv().getOrDefault("DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("DB_PORT", "5432") + "/" + System.getenv("DB_NAME");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, System.getenv("DB_USER"),
                System.getenv().getOrDefault("DB_PASSWORD", ""))) {
            db.setAutoCommit(false);
            try (var state = db.prepareStatement("UPDATE vacancy_state SET lines = REPLACE(lines, '\"available\":2', "
                    + "'\"available\":0'), version = version + 1 WHERE service_id = ? AND lines LIKE '%\"available\":2%'");
                 var stamp = db.prepareStatement("UPDATE care_service SET market_changed_at = ? WHERE id = ?")) {
                state.setString(1, home);
                stamp.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
                stamp.setString(2, home);
                assertEquals(1, state.executeUpdate());
                assertEquals(1, stamp.executeUpdate());
            }
            db.commit();
        }
        Instant deadline = Instant.now().plusSeconds(10);
        JsonObject seen = match(matches(id, BROKER), home);
        while (seen != null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            seen = match(matches(id, BROKER), home);
        }
        assertEquals(null, seen, "the bed taken by the other instance is no longer matched");
    }

    @Test
    @DisplayName("R5.4 R5.5 offers go to services of the kind wanted; only the offer's provider answers; it sees the district, not the postcode")
    void offersAndAnswers() {
        String id = request(dementiaBed().add("reference", "SECRET-REF"), BROKER);
        String home = home("Offered", 2);
        Instant before = Instant.now().minusSeconds(5);
        Api.Reply sent = post("/api/care-packages/" + id + "/offers", "{\"serviceIds\": [\"" + home + "\"]}", BROKER);
        assertEquals(201, sent.status(), sent::body);
        JsonObject offer = sent.array().getJsonObject(0);
        assertEquals("SENT", offer.getString("status"));
        Duration window = Duration.between(Instant.parse(offer.getString("sentAt")), Instant.parse(offer.getString("expiresAt")));
        assertEquals(Duration.ofHours(4), window, "hospital discharges: caremarket.brokerage.offer-hours.hospital-discharge");
        assertTrue(Instant.parse(offer.getString("sentAt")).isAfter(before));
        assertEquals("OFFERED", get("/api/care-packages/" + id, BROKER).json().getString("status"));
        post("/api/care-packages/" + id + "/offers", "{\"serviceIds\": [\"" + home + "\"]}", BROKER).problem(409);

        String homecare = created(post("/api/services", service(provider, "Homecare " + word).add("kind", "HOMECARE")
                .add("capacity", 500).build().toString())).getString("id");
        assertEquals(List.of("serviceIds[0]", "serviceIds[1]"), post("/api/care-packages/" + id + "/offers",
                "{\"serviceIds\": [\"" + homecare + "\", \"nope\"], \"respondWithinHours\": 2}", BROKER).invalidFields());
        assertEquals(List.of("respondWithinHours", "serviceIds"), post("/api/care-packages/" + id + "/offers",
                "{\"serviceIds\": [], \"respondWithinHours\": 1000}", BROKER).invalidFields());

        String offerId = offer.getString("id");
        assertEquals(List.of("providerId"), get("/api/offers", ADMIN).invalidFields());
        assertEquals(offerId, get("/api/offers?providerId=" + provider, ADMIN).json().getJsonArray("items").getJsonObject(0)
                .getString("id"));
        assertEquals(List.of("status"), get("/api/offers?status=LOST", providerKey).invalidFields());
        get("/api/offers?providerId=" + newProvider("Other " + unique()), providerKey).problem(403);
        JsonObject listed = get("/api/offers?status=SENT", providerKey).json().getJsonArray("items").getJsonObject(0);
        assertEquals(offerId, listed.getString("id"));
        JsonObject seen = listed.getJsonObject("carePackage");
        assertEquals("LS9", seen.getString("district"));
        assertFalse(seen.containsKey("postcode"), "no postcode before an award");
        assertFalse(listed.toString().contains("SECRET-REF") || listed.toString().contains("LS9 7TF"),
                "neither the council's reference nor the postcode");

        String stranger = newKey("PROVIDER", newProvider("Stranger " + unique()), null);
        accept(offerId, stranger).problem(403);
        get("/api/offers/" + offerId, stranger).problem(403);
        post("/api/offers/" + offerId + "/decline", "{\"reason\": \"STAFFING\"}", stranger).problem(403);
        assertTrue(get("/api/audit?targetId=" + offerId + "&action=offer.accept", ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("outcome").equals("DENIED")));
        assertEquals(List.of("price"), post("/api/offers/" + offerId + "/accept", "{\"price\": -3}", providerKey).invalidFields());
        assertEquals(List.of("reason"), post("/api/offers/" + offerId + "/decline", "{\"reason\": \"BORED\"}", providerKey)
                .invalidFields());
        assertEquals("SENT", get("/api/offers/" + offerId, providerKey).json().getString("status"), "nothing changed");

        JsonObject accepted = accept(offerId, providerKey).json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(1180.0, accepted.getJsonNumber("price").doubleValue());
        accept(offerId, providerKey).problem(409);
        assertEquals("DECLINED", post("/api/offers/" + offerId + "/decline", "{\"reason\": \"STAFFING\", \"note\": \"nurse left\"}",
                providerKey).json().getString("status"), "an acceptance not yet awarded can be taken back");
        award(id, offerId).problem(409);
    }

    @Test
    @DisplayName("R5.6 an award takes the bed in the same transaction: one fewer, an AWARD row in the history; the provider then sees the postcode")
    void awardTakesTheBed() {
        String id = request(dementiaBed(), BROKER);
        String home = home("Awarded", 2);
        String offerId = offer(id, home);
        assertEquals(200, accept(offerId, providerKey).status());
        Api.Reply awarded = award(id, offerId);
        assertEquals(200, awarded.status(), awarded::body);
        assertEquals("AWARDED", awarded.json().getString("status"));
        assertEquals(offerId, awarded.json().getString("awardedOfferId"));
        assertEquals(1, dementiaBedsAt(home));
        List<JsonObject> history = get("/api/services/" + home + "/vacancies/history", providerKey).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("REPORT", "AWARD"), history.stream().map(h -> h.getString("source")).toList());
        assertEquals(List.of(2, 1), history.stream().map(h -> h.getInt("available")).toList());
        assertEquals("LS9 7TF", get("/api/offers/" + offerId, providerKey).json().getJsonObject("carePackage").getString("postcode"));
        assertEquals(1, match(matches(request(dementiaBed(), BROKER), BROKER), home).getInt("available"),
                "matching sees the bed gone");
        award(id, offerId).problem(409);
        assertEquals(1, dementiaBedsAt(home), "a second award takes nothing");
    }

    @Test
    @DisplayName("R5.6 an award checks the service again: one that stopped accepting since it accepted the offer gets 409 and keeps its beds")
    void awardRechecksTheService() {
        String id = request(dementiaBed(), BROKER);
        String home = home("Closing", 2);
        String offerId = offer(id, home);
        assertEquals(200, accept(offerId, providerKey).status());
        report(home, "\"1\"", false, 2);
        award(id, offerId).problem(409);
        assertEquals(2, dementiaBedsAt(home));
        assertEquals("OFFERED", get("/api/care-packages/" + id, BROKER).json().getString("status"));
    }

    @Test
    @DisplayName("R5.6 twenty concurrent awards for the last bed: exactly one succeeds, nineteen get 409, the count never goes below zero")
    void lastBed() throws Exception {
        String home = home("Last bed", 1);
        int racers = 20;
        List<String[]> awards = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String id = request(dementiaBed(), BROKER);
            String offerId = offer(id, home);
            assertEquals(200, accept(offerId, providerKey).status());
            awards.add(new String[] {id, offerId});
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String[] a : awards) {
            replies.add(pool.submit(() -> {
                start.await();
                return award(a[0], a[1]);
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            if (r.status() == 200) {
                won++;
            } else {
                r.problem(409);
                refused++;
            }
        }
        pool.shutdown();
        System.out.printf("last bed: %d concurrent awards for 1 bed; %d won, %d got 409; double bookings: %d%n",
                racers, won, refused, Math.max(0, won - 1));
        assertEquals(1, won, "exactly one award takes the last bed");
        assertEquals(racers - 1, refused);
        assertEquals(0, dementiaBedsAt(home));
        List<JsonObject> history = get("/api/services/" + home + "/vacancies/history", providerKey).array().getValuesAs(JsonObject.class);
        assertEquals(1, history.stream().filter(h -> h.getString("source").equals("AWARD")).count());
        Set<String> statuses = awards.stream().map(a -> get("/api/care-packages/" + a[0], BROKER).json().getString("status"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("AWARDED", "OFFERED"), statuses);
        assertEquals(1, awards.stream().filter(a -> get("/api/care-packages/" + a[0], BROKER).json().getString("status")
                .equals("AWARDED")).count());
    }

    @Test
    @DisplayName("R5.6 two brokers awarding one request to two different acceptances at once: one award, one 409, one bed taken")
    void oneAwardPerRequest() throws Exception {
        String id = request(dementiaBed(), BROKER);
        String first = home("First", 2);
        String second = home("Second", 2);
        Api.Reply sent = post("/api/care-packages/" + id + "/offers",
                "{\"serviceIds\": [\"" + first + "\", \"" + second + "\"]}", BROKER);
        List<String> offers = sent.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        offers.forEach(o -> assertEquals(200, accept(o, providerKey).status()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String offerId : offers) {
            replies.add(pool.submit(() -> {
                start.await();
                return award(id, offerId);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            statuses.add(r.status());
            if (r.status() != 200) {
                r.problem(409);
            }
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(3, dementiaBedsAt(first) + dementiaBedsAt(second), "one bed taken in all");
        JsonObject awarded = get("/api/care-packages/" + id, BROKER).json();
        assertEquals("AWARDED", awarded.getString("status"));
        assertEquals(List.of("AWARDED", "NOT_AWARDED"), awarded.getJsonArray("offers").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("status")).sorted().toList());
    }

    @Test
    @DisplayName("R5.6 a homecare award takes the hours at the times wanted in the person's district")
    void homecareHours() {
        String homecare = created(post("/api/services", service(provider, "Homecare " + word).add("kind", "HOMECARE")
                .add("capacity", 500).build().toString())).getString("id");
        JsonArrayBuilder lines = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("district", "LS9").add("timeBand", "MORNING").add("days", "WEEKDAYS").add("hours", 10))
                .add(Json.createObjectBuilder().add("district", "LS9").add("timeBand", "BED").add("days", "WEEKDAYS").add("hours", 4))
                .add(Json.createObjectBuilder().add("district", "LS8").add("timeBand", "BED").add("days", "WEEKDAYS").add("hours", 9));
        assertEquals(200, put("/api/services/" + homecare + "/vacancies", Json.createObjectBuilder().add("homecare", lines)
                .build().toString(), "\"0\"", providerKey).status());
        String id = request(Json.createObjectBuilder().add("kind", "HOMECARE").add("postcode", "LS9 7TF")
                .add("startDate", today()).add("urgency", "ROUTINE").add("funding", "DIRECT_PAYMENT").add("priceCap", 24.50)
                .add("needs", Json.createObjectBuilder().add("visits", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("timeBand", "MORNING").add("days", "WEEKDAYS").add("hoursPerWeek", 7))
                        .add(Json.createObjectBuilder().add("timeBand", "BED").add("days", "WEEKDAYS").add("hoursPerWeek", 3)))), BROKER);
        assertEquals("HOUR", get("/api/care-packages/" + id, BROKER).json().getJsonObject("priceCap").getString("per"));
        JsonObject mine = match(matches(id, BROKER), homecare);
        assertEquals(10, mine.getInt("available"), "7 + 3 hours spare at the times wanted");
        String offerId = offer(id, homecare);
        assertEquals(200, post("/api/offers/" + offerId + "/accept", "{\"price\": 23.80}", providerKey).status());
        assertEquals(200, award(id, offerId).status());
        List<JsonObject> after = get("/api/services/" + homecare + "/vacancies").json().getJsonArray("homecare")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("LS9 MORNING 3", "LS9 BED 1", "LS8 BED 9"), after.stream()
                .map(l -> l.getString("district") + " " + l.getString("timeBand") + " " + l.getInt("hours")).toList());
    }

    @Test
    @DisplayName("R5.7 cancelled or unsourced with a reason of that kind; open offers withdrawn; a closed request changes no more; every step audited")
    void lifecycle() {
        String id = request(dementiaBed(), BROKER);
        String home = home("Cancelled", 2);
        String offerId = offer(id, home);
        assertEquals(List.of("reason"), post("/api/care-packages/" + id + "/cancel", "{\"reason\": \"NO_VACANCY\"}", BROKER)
                .invalidFields(), "NO_VACANCY is a reason a request is unsourced, not cancelled");
        JsonObject cancelled = post("/api/care-packages/" + id + "/cancel", "{\"reason\": \"ARRANGED_ELSEWHERE\", \"note\": \"family\"}",
                BROKER).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("ARRANGED_ELSEWHERE", cancelled.getString("closeReason"));
        assertEquals("WITHDRAWN", cancelled.getJsonArray("offers").getJsonObject(0).getString("status"));
        accept(offerId, providerKey).problem(409);
        post("/api/care-packages/" + id + "/unsourced", "{\"reason\": \"NO_VACANCY\"}", BROKER).problem(409);
        post("/api/care-packages/" + id + "/offers", "{\"serviceIds\": [\"" + home + "\"]}", BROKER).problem(409);
        List<String> actions = get("/api/audit?targetId=" + id, ADMIN).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("outcome").equals("DONE")).map(a -> a.getString("action")).sorted().toList();
        assertEquals(List.of("package.cancel", "package.create", "package.offer"), actions);

        String other = request(dementiaBed(), BROKER);
        String withdrawn = offer(other, home);
        assertEquals("WITHDRAWN", post("/api/care-packages/" + other + "/offers/" + withdrawn + "/withdraw", "", BROKER)
                .json().getString("status"));
        JsonObject unsourced = post("/api/care-packages/" + other + "/unsourced", "{\"reason\": \"NO_VACANCY\"}", BROKER).json();
        assertEquals("UNSOURCED", unsourced.getString("status"));
        assertEquals(List.of("reason"), post("/api/care-packages/" + other + "/unsourced", "{\"reason\": \"LATER\"}", BROKER)
                .invalidFields());
    }

    @Test
    @DisplayName("R5.8 the council's metrics count requests, awards, time to source, unsourced reasons and declines")
    void metrics() {
        String hartlepool = "E06000001";
        String broker = newKey("BROKER", null, hartlepool);
        String commissioner = newKey("COMMISSIONER", null, hartlepool);
        String from = Instant.now().minusSeconds(1).toString();
        int before = get("/api/brokerage/metrics?from=" + from, commissioner).json().getInt("requests");
        String home = home("Metrics", 3);
        String awardedId = request(dementiaBed(), broker);
        String offerId = offer(awardedId, home, broker);
        assertEquals(200, accept(offerId, providerKey).status());
        assertEquals(200, award(awardedId, offerId, broker).status());
        String unsourcedId = request(dementiaBed(), broker);
        String declined = offer(unsourcedId, home, broker);
        assertEquals(200, post("/api/offers/" + declined + "/decline", "{\"reason\": \"STAFFING\"}", providerKey).status());
        assertEquals(200, post("/api/care-packages/" + unsourcedId + "/unsourced", "{\"reason\": \"ALL_DECLINED\"}", broker).status());
        request(dementiaBed().add("urgency", "ROUTINE"), broker);

        JsonObject m = get("/api/brokerage/metrics?from=" + from, commissioner).json();
        assertEquals(hartlepool, m.getString("councilCode"));
        assertEquals(before + 3, m.getInt("requests"));
        assertEquals(1, m.getInt("awarded"));
        assertEquals(2, m.getInt("hospitalDischarges"));
        assertEquals(50.0, m.getJsonNumber("dischargesSourcedWithin48HoursPercent").doubleValue());
        assertEquals(33.3, m.getJsonNumber("sourcedWithin7DaysPercent").doubleValue());
        assertTrue(m.getJsonNumber("medianHoursToSource").doubleValue() < 1);
        assertEquals(1, m.getJsonObject("unsourcedByReason").getInt("ALL_DECLINED"));
        assertEquals(1, m.getJsonObject("declinesByReason").getInt("STAFFING"));
        assertEquals(2, m.getInt("offersSent"));
        assertEquals(before + 3, get("/api/brokerage/metrics?from=" + from, broker).json().getInt("requests"), "brokers see them too");
        get("/api/brokerage/metrics?council=" + hartlepool, "cm_demo_commissioner_leicestershire").problem(403);
        get("/api/brokerage/metrics", providerKey).problem(403);
        get("/api/brokerage/metrics", null).problem(401);
        assertEquals(List.of("from"), get("/api/brokerage/metrics?from=yesterday", broker).invalidFields());
    }
}
