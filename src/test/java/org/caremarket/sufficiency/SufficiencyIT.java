package org.caremarket.sufficiency;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
import static org.caremarket.Api.delete;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Market sufficiency and Market Position Statements over HTTP, against the demo market (Leeds and Leicestershire). */
class SufficiencyIT {

    static final String LEEDS = "E08000035";
    static final String LEICESTERSHIRE = "E10000018";
    static final String COMMISSIONER = "cm_demo_commissioner_leeds";
    static final String OTHER_COMMISSIONER = "cm_demo_commissioner_leicestershire";
    static final String BASE = "/api/sufficiency";

    static JsonObject indicator(JsonObject view, String id) {
        return view.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    @DisplayName("R12.1 population is public: Leicestershire (the sum of its districts) 85+ 20,787 in 2025 and 24,056 in 2029; CSV too; none for Rutland (404)")
    void population() {
        Api.Reply reply = get(BASE + "/population/" + LEICESTERSHIRE);
        assertEquals(200, reply.status(), reply::body);
        JsonObject p = reply.json();
        assertTrue(p.getString("source").contains("sum of its 7 districts"));
        JsonObject y2025 = p.getJsonArray("years").stream().map(JsonValue::asJsonObject).filter(y -> y.getInt("year") == 2025).findFirst().orElseThrow();
        JsonObject y2029 = p.getJsonArray("years").stream().map(JsonValue::asJsonObject).filter(y -> y.getInt("year") == 2029).findFirst().orElseThrow();
        assertEquals(20_787, y2025.getJsonObject("bands").getInt("85+"));
        assertEquals(24_056, y2029.getJsonObject("bands").getInt("85+"));
        Api.Reply csv = get(BASE + "/population/" + LEEDS + ".csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("year,aged 18–64,"), csv.body().substring(0, 60));
        assertEquals(26 + 1, csv.body().split("\r\n").length);
        assertEquals(404, get(BASE + "/population/E06000017").status());
        assertEquals(404, get(BASE + "/population/E07000129").status(), "a district is not a council with social care duties");
        assertEquals(400, get(BASE + "/population/LEEDS").status());
    }

    @Test
    @DisplayName("R12.3 Leeds' indicators carry id, definition, numerator, denominator, unit, date, source and England comparators; cut by kind and district")
    void indicators() {
        Api.Reply reply = get(BASE + "/councils/" + LEEDS + "/indicators", COMMISSIONER);
        assertEquals(200, reply.status(), reply::body);
        JsonObject view = reply.json();
        for (JsonValue v : view.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            for (String field : List.of("id", "name", "definition", "unit", "asOf", "source", "status")) {
                assertTrue(i.containsKey(field), i.getString("id") + " has no " + field);
            }
            assertEquals(i.getString("status").equals("AVAILABLE"), i.containsKey("value"), i.toString());
        }
        JsonObject ch3 = indicator(view, "CH3");
        assertEquals("AVAILABLE", ch3.getString("status"));
        double beds = indicator(view, "CH2").getJsonNumber("value").doubleValue();
        double over75 = indicator(view, "D1.75+").getJsonNumber("value").doubleValue();
        assertEquals(beds, ch3.getJsonNumber("numerator").doubleValue());
        assertEquals(Math.round(beds * 10_000 / ch3.getJsonNumber("denominator").doubleValue()) / 100.0, ch3.getJsonNumber("value").doubleValue(), 0.006);
        assertEquals(over75, Math.round(ch3.getJsonNumber("denominator").doubleValue()), 0.5);
        assertEquals(8.8, ch3.getJsonObject("comparator").getJsonNumber("value").doubleValue());
        JsonObject ch4 = indicator(view, "CH4");
        assertEquals(86.0, ch4.getJsonObject("comparator").getJsonNumber("value").doubleValue());
        double occupancy = ch4.getJsonNumber("value").doubleValue();
        assertTrue(occupancy > 60 && occupancy <= 100, "occupancy " + occupancy);
        assertEquals(Math.round(1000 * ch4.getJsonNumber("numerator").doubleValue() / ch4.getJsonNumber("denominator").doubleValue()) / 10.0, occupancy);
        assertEquals("NOT_ENTERED", indicator(view, "W2").getString("status"));

        JsonObject homecare = get(BASE + "/councils/" + LEEDS + "/indicators?kind=HOMECARE", COMMISSIONER).json();
        assertEquals("HOMECARE", homecare.getString("market"));
        assertTrue(homecare.getJsonArray("indicators").stream().noneMatch(i -> i.asJsonObject().getString("id").equals("CH1")));
        assertTrue(indicator(homecare, "HC1").getInt("value") > 0);

        JsonObject district = get(BASE + "/councils/" + LEEDS + "/indicators?locality=LS6", COMMISSIONER).json();
        assertEquals("NO_POPULATION_DATA", indicator(district, "CH3").getString("status"));
        assertTrue(indicator(district, "CH2").getJsonNumber("value").doubleValue() < beds);

        Api.Reply csv = get(BASE + "/councils/" + LEEDS + "/indicators.csv", COMMISSIONER);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("id,name,market,locality,value,unit,numerator,numerator_counts,denominator,"));
        assertEquals(view.getJsonArray("indicators").size() + 1, csv.body().split("\r\n").length);

        assertEquals(400, get(BASE + "/councils/" + LEEDS + "/indicators?kind=CASTLE", COMMISSIONER).status());
        assertEquals(404, get(BASE + "/councils/" + LEEDS + "/indicators?locality=Nowhere%20Land", COMMISSIONER).status());
    }

    @Test
    @DisplayName("R12.4 a council with no population data (Rutland) gets its supply figures and 'no population data' for the rest")
    void noPopulation() {
        String provider = newProvider("Rutland care " + unique());
        JsonObject body = service(provider, "Oakham House " + unique())
                .add("address", Json.createObjectBuilder().add("line1", "1 High Street").add("town", "Oakham").add("postcode", "LE15 0AA"))
                .add("councilCode", "E06000017").build();
        JsonObject home = created(post("/api/services", body.toString()));
        assertEquals("E06000017", home.getJsonObject("council").getString("code"), home::toString);
        Api.Reply reply = get(BASE + "/councils/E06000017/indicators", ADMIN);
        assertEquals(200, reply.status(), reply::body);
        JsonObject view = reply.json();
        assertTrue(indicator(view, "CH2").getInt("value") >= 40);
        for (String id : List.of("CH3", "D1.75+", "D2.85+", "D3.share")) {
            JsonObject i = indicator(view, id);
            assertEquals("NO_POPULATION_DATA", i.getString("status"), id);
            assertFalse(i.containsKey("value") && !i.isNull("value"), id);
            assertTrue(i.getString("note").startsWith("No population data"), i.getString("note"));
        }
        JsonObject projections = get(BASE + "/councils/E06000017/projections", ADMIN).json();
        JsonObject careHomes = projections.getJsonArray("projections").getJsonObject(0);
        assertTrue(careHomes.getJsonArray("rows").isEmpty());
        assertTrue(careHomes.getString("note").startsWith("No population data"));
    }

    @Test
    @DisplayName("R12.5 a commissioner reads its own council only; brokers and providers 403; no key 401; not a social care council 404")
    void whoMayRead() {
        assertEquals(403, get(BASE + "/councils/" + LEEDS + "/indicators", OTHER_COMMISSIONER).status());
        assertEquals(200, get(BASE + "/councils/" + LEICESTERSHIRE + "/dashboard", OTHER_COMMISSIONER).status());
        assertEquals(403, get(BASE + "/councils/" + LEEDS + "/indicators", "cm_demo_broker_leeds").status());
        assertEquals(403, get(BASE + "/councils/" + LEEDS + "/snapshots", "cm_demo_provider").status());
        assertEquals(401, get(BASE + "/councils/" + LEEDS + "/projections").status());
        assertEquals(404, get(BASE + "/councils/E99999999/indicators", ADMIN).status());
        assertEquals(404, get(BASE + "/councils/E07000129/indicators", ADMIN).status());
    }

    @Test
    @DisplayName("R12.6 reference figures: entered with date and source, used by the indicators, refused when out of range, audited, removed")
    void referenceFigures() {
        String path = BASE + "/councils/" + LEICESTERSHIRE + "/reference-figures/";
        Api.Reply set = put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":9.5,\"asOf\":\"2025-03-31\",\"source\":\"Skills for Care, Leicestershire 2024/25\"}",
                null, OTHER_COMMISSIONER);
        assertEquals(200, set.status(), set::body);
        JsonObject w2 = indicator(get(BASE + "/councils/" + LEICESTERSHIRE + "/indicators", OTHER_COMMISSIONER).json(), "W2");
        assertEquals(9.5, w2.getJsonNumber("value").doubleValue());
        assertEquals("2025-03-31", w2.getString("asOf"));
        assertEquals("Skills for Care, Leicestershire 2024/25", w2.getString("source"));
        assertEquals(400, put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":150,\"asOf\":\"2025-03-31\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":9,\"asOf\":\"2099-03-31\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":9,\"asOf\":\"2025-02-30\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":\"9\",\"asOf\":\"2025-03-31\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "WORKFORCE_VACANCY_RATE", "{\"value\":9,\"asOf\":\"2025-03-31\",\"source\":\"x\",\"extra\":1}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "NOT_A_FIGURE", "{\"value\":9,\"asOf\":\"2025-03-31\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(403, put(BASE + "/councils/" + LEEDS + "/reference-figures/WORKFORCE_VACANCY_RATE",
                "{\"value\":9,\"asOf\":\"2025-03-31\",\"source\":\"x\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(9.5, get(BASE + "/councils/" + LEICESTERSHIRE + "/indicators", OTHER_COMMISSIONER).json()
                .getJsonArray("indicators").stream().map(JsonValue::asJsonObject).filter(i -> i.getString("id").equals("W2"))
                .findFirst().orElseThrow().getJsonNumber("value").doubleValue(), "a refused change changes nothing");
        JsonArray audit = get("/api/audit?action=sufficiency.reference.set", ADMIN).json().getJsonArray("items");
        assertTrue(audit.stream().anyMatch(e -> e.asJsonObject().getString("targetId").equals(LEICESTERSHIRE + "/WORKFORCE_VACANCY_RATE")));
        assertEquals(200, get(BASE + "/councils/" + LEICESTERSHIRE + "/reference-figures.csv", OTHER_COMMISSIONER).status());
        assertEquals(204, delete(path + "WORKFORCE_VACANCY_RATE", null, OTHER_COMMISSIONER).status());
        assertEquals(404, delete(path + "WORKFORCE_VACANCY_RATE", null, OTHER_COMMISSIONER).status());
    }

    @Test
    @DisplayName("R12.7 monthly snapshots on the Capacity Tracker window: twelve months of care home occupancy from the demo's year of history")
    void snapshots() {
        JsonObject view = get(BASE + "/councils/" + LEEDS + "/snapshots?kind=CARE_HOME_RESIDENTIAL", COMMISSIONER).json();
        JsonArray months = view.getJsonArray("months");
        assertEquals(12, months.size());
        for (JsonValue v : months) {
            JsonObject m = v.asJsonObject();
            assertTrue(m.getInt("reporting") > 0 && m.getInt("reporting") <= m.getInt("services"), m.toString());
            assertEquals(m.getInt("capacity"), m.getInt("occupied") + m.getInt("vacantAdmittable") + m.getInt("vacantNotAdmittable"), m.toString());
        }
        Api.Reply csv = get(BASE + "/councils/" + LEEDS + "/snapshots.csv?months=3", COMMISSIONER);
        assertTrue(csv.body().startsWith("month,kind,services,reporting,capacity,occupied,"));
        assertEquals(400, get(BASE + "/councils/" + LEEDS + "/snapshots?months=0", COMMISSIONER).status());
        assertEquals(400, get(BASE + "/councils/" + LEEDS + "/snapshots?months=99", COMMISSIONER).status());
    }

    @Test
    @DisplayName("R12.8 projections: method A rises with Leeds' 75+, yearly to +10 and at +15 and +20, beside method B, with caveats")
    void projections() {
        JsonObject careHomes = get(BASE + "/councils/" + LEEDS + "/projections", COMMISSIONER).json().getJsonArray("projections").getJsonObject(0);
        JsonArray rows = careHomes.getJsonArray("rows");
        assertEquals(13, rows.size());
        assertEquals(rows.getJsonObject(0).getInt("year") + 20, rows.getJsonObject(12).getInt("year"));
        double now = rows.getJsonObject(0).getJsonNumber("required").doubleValue();
        double later = rows.getJsonObject(10).getJsonNumber("required").doubleValue();
        assertTrue(later > now, now + " → " + later);
        assertTrue(rows.getJsonObject(5).containsKey("trendLongRun"));
        assertFalse(careHomes.getJsonArray("caveats").isEmpty());
        JsonObject lower = get(BASE + "/councils/" + LEEDS + "/projections?targetOccupancy=0.85", COMMISSIONER).json()
                .getJsonArray("projections").getJsonObject(0);
        assertTrue(lower.getJsonArray("rows").getJsonObject(0).getJsonNumber("required").doubleValue() > now);
        assertEquals(400, get(BASE + "/councils/" + LEEDS + "/projections?targetOccupancy=2", COMMISSIONER).status());
        assertTrue(get(BASE + "/councils/" + LEEDS + "/projections.csv", COMMISSIONER).body().startsWith("year,years_ahead,demand_method_a"));
    }

    @Test
    @DisplayName("R12.9 rating grid: six dimensions per market; an override needs a value of the scale and a reason, keeps the rule's value and is audited")
    void ratingGrid() {
        String path = BASE + "/councils/" + LEICESTERSHIRE + "/rating-grid";
        JsonArray markets = get(path, OTHER_COMMISSIONER).json().getJsonArray("markets");
        assertFalse(markets.isEmpty());
        markets.forEach(m -> assertEquals(6, m.asJsonObject().getJsonArray("cells").size()));
        assertEquals(400, put(path + "/HOMECARE/MARKET_SUPPLY", "{\"rating\":\"Splendid\",\"reason\":\"x\",\"assessedOn\":\"2026-03-31\"}", null, OTHER_COMMISSIONER).status());
        assertEquals(400, put(path + "/HOMECARE/MARKET_SUPPLY", "{\"rating\":\"Limited\",\"reason\":\" \",\"assessedOn\":\"2026-03-31\"}", null, OTHER_COMMISSIONER).status());
        Api.Reply set = put(path + "/HOMECARE/MARKET_SUPPLY", "{\"rating\":\"Limited\",\"reason\":\"Rural zones wait longest\",\"assessedOn\":\"2026-03-31\"}", null, OTHER_COMMISSIONER);
        assertEquals(200, set.status(), set::body);
        JsonObject cell = set.json().getJsonArray("markets").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("market").equals("HOMECARE")).findFirst().orElseThrow()
                .getJsonArray("cells").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("dimension").equals("MARKET_SUPPLY")).findFirst().orElseThrow();
        assertEquals("Limited", cell.getString("rating"));
        assertTrue(cell.getBoolean("overridden"));
        assertEquals("2026-03-31", cell.getString("assessedOn"));
        assertNotNull(cell.getString("derived"));
        assertTrue(get("/api/audit?action=sufficiency.rating.set", ADMIN).json().getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getString("targetId").equals(LEICESTERSHIRE + "/HOMECARE/MARKET_SUPPLY")));
        assertTrue(get(path + ".csv", OTHER_COMMISSIONER).body().contains("Rural zones wait longest"));
        assertEquals(204, delete(path + "/HOMECARE/MARKET_SUPPLY", null, OTHER_COMMISSIONER).status());
        assertEquals(404, delete(path + "/HOMECARE/MARKET_SUPPLY", null, OTHER_COMMISSIONER).status());
    }

    @Test
    @DisplayName("R12.10 R12.11 a draft is private to its council; publishing freezes a dated public edition; every chart titled, described, tabled and with its CSV")
    void statements() {
        String draftBody = Json.createObjectBuilder().add("title", "Leeds MPS " + unique())
                .add("strategicContext", "Leeds is growing older. <script>alert(1)</script>")
                .add("intentions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("market", "CARE_HOME_NURSING")
                        .add("direction", "MORE_OF").add("text", "Nursing beds for people living with dementia"))).build().toString();
        Api.Reply drafted = post(BASE + "/councils/" + LEEDS + "/statements", draftBody, COMMISSIONER);
        JsonObject draft = created(drafted);
        String id = draft.getString("id");
        String etag = drafted.etag();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(404, get(BASE + "/statements/" + id).status());
        assertEquals(404, get(BASE + "/statements/" + id + "/statement.html").status());
        assertEquals(404, get(BASE + "/statements/" + id, OTHER_COMMISSIONER).status());
        assertEquals(403, post(BASE + "/councils/" + LEEDS + "/statements", draftBody, OTHER_COMMISSIONER).status());
        assertFalse(get(BASE + "/councils/" + LEEDS + "/statements").body().contains(id), "a draft is not listed publicly");

        Api.Reply page = get(BASE + "/statements/" + id + "/statement.html", COMMISSIONER);
        assertEquals(200, page.status(), page::body);
        assertTrue(page.contentType().startsWith("text/html"));
        String html = page.body();
        assertFalse(html.contains("<script>"), "the narrative is escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        Matcher svgs = Pattern.compile("<svg[^>]*role=\"img\"[^>]*aria-labelledby=\"(c\\d+)-title \\1-desc\"[^>]*><title id=\"\\1-title\">[^<]+</title><desc id=\"\\1-desc\">[^<]+</desc>").matcher(html);
        int charts = 0;
        while (svgs.find()) {
            charts++;
        }
        assertEquals(html.split("<svg").length - 1, charts, "every chart has a title and a description");
        assertTrue(charts >= 8, charts + " charts");
        Matcher figures = Pattern.compile("<figure.*?</figure>", Pattern.DOTALL).matcher(html);
        int withCsv = 0;
        while (figures.find()) {
            String figure = figures.group();
            assertTrue(figure.contains("<table>"), "a table beside each chart");
            Matcher link = Pattern.compile("href=\"files/([a-z0-9-]+\\.csv)\"").matcher(figure);
            assertTrue(link.find(), "a CSV beside each chart");
            Api.Reply csv = get(BASE + "/statements/" + id + "/files/" + link.group(1), COMMISSIONER);
            assertEquals(200, csv.status(), link.group(1));
            assertTrue(csv.contentType().startsWith("text/csv"));
            withCsv++;
        }
        assertTrue(withCsv >= charts);
        assertTrue(html.contains("@media print"));

        assertEquals(428, put(BASE + "/statements/" + id, draftBody, null, COMMISSIONER).status());
        assertEquals(412, put(BASE + "/statements/" + id, draftBody, "\"999\"", COMMISSIONER).status());
        Api.Reply revised = put(BASE + "/statements/" + id, draftBody.replace("growing older", "growing"), etag, COMMISSIONER);
        assertEquals(200, revised.status(), revised::body);
        assertEquals(412, send("POST", BASE + "/statements/" + id + "/publish", etag, COMMISSIONER).status(), "the old ETag is stale");
        Api.Reply published = send("POST", BASE + "/statements/" + id + "/publish", revised.etag(), COMMISSIONER);
        assertEquals(200, published.status(), published::body);
        assertEquals("PUBLISHED", published.json().getString("status"));
        assertNotNull(published.json().getString("publishedOn"));

        Api.Reply publicPage = get(BASE + "/statements/" + id + "/statement.html");
        assertEquals(200, publicPage.status());
        assertTrue(publicPage.body().contains("Published " + published.json().getString("publishedOn")));
        assertEquals(publicPage.body(), get(BASE + "/statements/" + id + "/statement.html").body(), "a published edition does not change");
        assertTrue(publicPage.header("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals(200, get(BASE + "/statements/" + id + "/files/c4-bed-states.csv").status());
        assertEquals(404, get(BASE + "/statements/" + id + "/files/nothing.csv").status());
        assertTrue(get(BASE + "/councils/" + LEEDS + "/statements").body().contains(id));
        assertEquals(409, put(BASE + "/statements/" + id, draftBody, published.etag(), COMMISSIONER).status());
        assertEquals(409, send("POST", BASE + "/statements/" + id + "/publish", published.etag(), COMMISSIONER).status());
    }

    static Api.Reply send(String method, String path, String ifMatch, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + key);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.send(request);
    }

    @Test
    @DisplayName("R12.2 an ADMIN imports ONS's projection CSV; a faulty file is refused whole and changes nothing; others 403")
    void populationImport() {
        String header = "AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,2023\n";
        String missing = header + "E06000017,Rutland,Population,persons,0,10,11\n";
        Api.Reply refused = Api.send(HttpRequest.newBuilder(Api.uri(BASE + "/population")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.ofString(missing)));
        assertEquals(400, refused.status(), refused::body);
        assertTrue(refused.body().contains("no row for age 1"), refused.body());
        assertEquals(404, get(BASE + "/population/E06000017").status(), "nothing imported");
        Api.Reply unknown = Api.send(HttpRequest.newBuilder(Api.uri(BASE + "/population")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.ofString(header.replace("2023", "2023\r")
                        + "E99999999,Nowhere,Population,persons,0,1,1\n")));
        assertEquals(400, unknown.status());
        Api.Reply forbidden = Api.send(HttpRequest.newBuilder(Api.uri(BASE + "/population")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + COMMISSIONER).POST(HttpRequest.BodyPublishers.ofString(missing)));
        assertEquals(403, forbidden.status());
        Api.Reply json = Api.send(HttpRequest.newBuilder(Api.uri(BASE + "/population")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertTrue(json.status() == 415 || json.status() == 400, json.status() + " " + json.body());
    }
}
