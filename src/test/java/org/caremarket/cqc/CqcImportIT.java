package org.caremarket.cqc;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.q;
import static org.caremarket.cqc.CqcImports.awaitIdle;
import static org.caremarket.cqc.CqcImports.directory;
import static org.caremarket.cqc.CqcImports.finished;
import static org.caremarket.cqc.CqcImports.postCsv;
import static org.caremarket.cqc.CqcImports.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CqcImportIT {

    private static final String DIRECTORY = "/api/imports/cqc-directory";
    private static final String LOCATIONS = "/api/imports/cqc-locations";

    /** This run's services, by CQC location id. */
    private static Map<String, JsonObject> services(String run) {
        return get("/api/services?size=100&status=REGISTERED&status=DORMANT&status=DEREGISTERED&q=" + q(run)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("cqcLocationId"), s -> s));
    }

    private static JsonObject counts(JsonObject job) {
        return job.getJsonObject("counts");
    }

    @Test
    @DisplayName("R8.1 R8.3 R8.4 a directory extract imports with every row accounted for; again, it changes nothing; a later full file updates, adds and deregisters")
    void directoryFile() throws Exception {
        awaitIdle();
        String run = CqcImports.run();
        long auditBefore = get("/api/audit?size=1", ADMIN).json().getJsonNumber("total").longValue();
        JsonObject job = finished(postCsv(DIRECTORY + "?source=01_November_2026_CQC_directory.csv", directory(run), ADMIN));
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        JsonObject c = counts(job);
        // R8.1 every row accounted for: 9 rows = 6 created + 2 skipped (a GP practice, a dentist) + 1 refused
        assertEquals(9, job.getInt("rowsTotal"));
        assertEquals(9, job.getInt("rowsDone"));
        assertEquals(6, c.getInt("created"), job::toString);
        assertEquals(2, c.getInt("skipped"));
        assertEquals(1, c.getInt("failed"));
        assertEquals(4, c.getInt("exactPostcodes"), "LS and LE postcodes are bundled");
        assertEquals(2, c.getInt("districtPostcodes"), "EX2 8TU and SW1A 2AA fall back to their district's centroid");
        assertEquals(4, c.getInt("providersCreated"), "four providers, one known by name only; two of them run two locations each");
        JsonObject refused = job.getJsonArray("errors").getJsonObject(0);
        assertEquals(14, refused.getInt("line"), "the line of the file, preamble and header counted");
        assertEquals("Postcode", refused.getString("field"));
        assertEquals("1-8" + run + "0009", refused.getString("locationId"));

        Map<String, JsonObject> services = services(run);
        assertEquals(6, services.size(), services::toString);
        JsonObject oak = services.get("1-8" + run + "0001");
        assertEquals("CARE_HOME_NURSING", oak.getString("kind"), "nursing and residential: kept as a nursing home");
        assertEquals("E08000035", oak.getJsonObject("council").getString("code"));
        assertEquals(0, oak.getJsonObject("capacity").getInt("amount"), "the directory gives no bed count");
        assertEquals("SUPPORTED_LIVING", services.get("1-8" + run + "0003").getString("kind"));
        assertEquals("E10000018", services.get("1-8" + run + "0003").getJsonObject("council").getString("code"), "Leicestershire, by name");
        assertEquals("E06000017", services.get("1-8" + run + "0004").getJsonObject("council").getString("code"), "Rutland, though an LE postcode");
        assertEquals("E10000008", services.get("1-8" + run + "0005").getJsonObject("council").getString("code"), "Devon");
        assertEquals("SHARED_LIVES", services.get("1-8" + run + "0005").getString("kind"));
        assertEquals("EXTRA_CARE", services.get("1-8" + run + "0006").getString("kind"));
        assertEquals("E09000033", services.get("1-8" + run + "0006").getJsonObject("council").getString("code"), "Westminster");
        JsonObject oakRecord = get("/api/services/" + oak.getString("id")).json();
        assertEquals(List.of("DEMENTIA", "OLDER_PEOPLE"), oakRecord.getJsonArray("specialisms").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals(services.get("1-8" + run + "0002").getString("providerId"), oak.getString("providerId"),
                "two locations of one CQC provider share one provider");
        JsonObject provider = get("/api/providers/" + oak.getString("providerId")).json();
        assertEquals("1-7" + run + "0001", provider.getString("cqcProviderId"));
        long audited = get("/api/audit?size=1", ADMIN).json().getJsonNumber("total").longValue();
        assertTrue(audited >= auditBefore + 9, "each service and provider created is audited");

        // R8.3 the same file again changes nothing
        JsonObject again = finished(postCsv(DIRECTORY, directory(run), ADMIN));
        assertEquals(6, counts(again).getInt("unchanged"), again::toString);
        assertEquals(0, counts(again).getInt("created"));
        assertEquals(0, counts(again).getInt("updated"));
        assertEquals(6, services(run).size(), "nothing duplicated");
        assertEquals(oak.getString("id"), services(run).get("1-8" + run + "0001").getString("id"));
        assertEquals(audited, get("/api/audit?size=1", ADMIN).json().getJsonNumber("total").longValue(),
                "an unchanged file writes nothing");

        // R8.3 R8.4 a later, full file: Oak Lodge renamed, Wetherby gone, a new home; Wetherby is deregistered, kept
        String later = directory(run).replace("Oak Lodge " + run, "Oak Lodge Nursing " + run)
                .lines().filter(l -> !l.contains("Wetherby")).collect(Collectors.joining("\r\n"))
                + "\r\nLeeds Road House " + run + " (test),,\"10 Example Road, Leeds\",LS1 1AA,0113 496 0010,,"
                + "Residential homes,,Dementia,Fictional Care Homes " + run + " Ltd (test),Leeds,Yorkshire and The Humber,"
                + "https://www.cqc.org.uk/location/1-8" + run + "0010,1-8" + run + "0010,1-7" + run + "0001\r\n";
        JsonObject full = finished(postCsv(DIRECTORY + "?full=true", later, ADMIN));
        assertEquals("SUCCEEDED", full.getString("status"), full::toString);
        assertEquals(1, counts(full).getInt("created"), full::toString);
        assertEquals(1, counts(full).getInt("updated"));
        assertTrue(counts(full).getInt("deregistered") >= 1);
        Map<String, JsonObject> now = services(run);
        assertEquals(7, now.size(), "deregistered, never deleted");
        assertEquals("Oak Lodge Nursing " + run + " (test)", now.get("1-8" + run + "0001").getString("name"));
        String wetherby = now.get("1-8" + run + "0002").getString("id");
        assertEquals("DEREGISTERED", get("/api/services/" + wetherby).json().getString("status"));
        assertFalse(services(run).values().stream().filter(s -> s.getString("status").equals("REGISTERED"))
                .anyMatch(s -> s.getString("id").equals(wetherby)));
        assertTrue(get("/api/services?size=100&q=" + q(run)).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().noneMatch(s -> s.getString("id").equals(wetherby)), "paused: out of the default search");
        // R8.6 the commissioner of Leeds sees the alert
        List<JsonObject> alerts = get("/api/cqc/alerts?kind=DEREGISTERED", "cm_demo_commissioner_leeds").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(alerts.stream().anyMatch(a -> a.getString("serviceId").equals(wetherby)), alerts::toString);
    }

    @Test
    @DisplayName("R8.2 R8.8 a malformed file is refused whole, naming the line; nothing is imported; only an ADMIN imports")
    void malformed() throws Exception {
        awaitIdle();
        String run = CqcImports.run();
        long imports = get("/api/imports?size=1", ADMIN).json().getJsonNumber("total").longValue();
        String broken = directory(run).replace("\"2 Example Yard, Wetherby\"", "\"2 Example Yard, Wetherby");
        JsonObject problem = postCsv(DIRECTORY, broken, ADMIN).problem(400);
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").startsWith("line 7:"),
                problem::toString);
        JsonObject noHeader = postCsv(DIRECTORY, "Location,Postcode\r\n1-1,LS1 1AA\r\n", ADMIN).problem(400);
        assertTrue(noHeader.getJsonArray("errors").getJsonObject(0).getString("message").contains("no header line"));
        postCsv(DIRECTORY, directory(run).replace(",Region,", ",Area,"), ADMIN).problem(400);
        post(LOCATIONS, "[1, 2]").problem(400);
        post(LOCATIONS, "{\"name\": \"no ids\"}").problem(400);
        assertEquals(imports, get("/api/imports?size=1", ADMIN).json().getJsonNumber("total").longValue());
        assertTrue(services(run).isEmpty());
        // only an ADMIN imports
        postCsv(DIRECTORY, directory(run), "cm_demo_commissioner_leeds").problem(403);
        postCsv(DIRECTORY, directory(run), null).problem(401);
    }

    @Test
    @DisplayName("R8.5 CQC's API record imports with its beds, all five key questions and its rating history")
    void apiRecord() throws Exception {
        awaitIdle();
        JsonObject job = finished(post(LOCATIONS, resource("api-location-1-125856395.json")));
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        assertEquals(1, job.getInt("rowsDone"));
        assertEquals(0, counts(job).getInt("failed"), job::toString);
        JsonObject lucerne = get("/api/services?size=5&q=Lucerne%20House&status=REGISTERED").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("cqcLocationId").equals("1-125856395"))
                .findFirst().orElseThrow();
        JsonObject record = get("/api/services/" + lucerne.getString("id")).json();
        assertEquals("CARE_HOME_NURSING", record.getString("kind"));
        assertEquals(75, record.getJsonObject("capacity").getInt("amount"));
        assertEquals("E10000008", record.getJsonObject("council").getString("code"), "Devon, by CQC's localAuthority");
        assertEquals("EX2 8TU", record.getJsonObject("address").getString("postcode"));
        JsonObject rating = record.getJsonObject("rating");
        assertEquals("OUTSTANDING", rating.getString("overall"));
        assertEquals("GOOD", rating.getString("safe"));
        assertEquals("OUTSTANDING", rating.getString("effective"));
        assertEquals("OUTSTANDING", rating.getString("caring"));
        assertEquals("OUTSTANDING", rating.getString("responsive"));
        assertEquals("OUTSTANDING", rating.getString("wellLed"));
        assertEquals("2019-10-31", rating.getString("reportDate"));
        List<JsonObject> history = record.getJsonArray("ratingHistory").getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), record::toString);
        assertEquals("2017-02-08", history.get(0).getString("reportDate"));
        assertEquals("REQUIRES_IMPROVEMENT", history.get(1).getString("responsive"));
        // again: nothing changes
        JsonObject again = finished(post(LOCATIONS, resource("api-location-1-125856395.json")));
        assertEquals(1, counts(again).getInt("unchanged"), again::toString);
        assertEquals(2, get("/api/services/" + lucerne.getString("id")).json().getJsonArray("ratingHistory").size());
    }

    @Test
    @DisplayName("R8.6 a fall in rating and a deregistration become alerts the council's commissioner sees; other councils' keys cannot")
    void alerts() throws Exception {
        awaitIdle();
        String run = CqcImports.run();
        String id = "1-6" + run + "0001";
        JsonObject base = Json.createReader(new StringReader(resource("api-location-1-125856395.json"))).readObject();
        JsonObject leeds = Json.createObjectBuilder(base).add("locationId", id).add("providerId", "1-5" + run + "0001")
                .add("name", "Alert Home " + run + " (test)").add("postalCode", "LS15 0LU").add("localAuthority", "Leeds")
                .add("postalAddressTownCity", "Leeds").build();
        JsonObject provider = Json.createObjectBuilder().add("providerId", "1-5" + run + "0001")
                .add("organisationType", "Provider").add("name", "Alert Providers " + run + " Ltd (test)").build();
        JsonObject first = finished(post(LOCATIONS, Json.createArrayBuilder().add(provider).add(leeds).build().toString()));
        assertEquals(1, counts(first).getInt("created"), first::toString);
        String serviceId = services(run).get(id).getString("id");
        assertEquals("Alert Providers " + run + " Ltd (test)",
                get("/api/providers/" + services(run).get(id).getString("providerId")).json().getString("name"));

        JsonObject fell = Json.createObjectBuilder(leeds).add("currentRatings", Json.createObjectBuilder()
                .add("overall", Json.createObjectBuilder().add("rating", "Requires improvement").add("reportDate", "2024-06-01")
                        .add("keyQuestionRatings", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "Safe").add("rating", "Inadequate"))
                                .add(Json.createObjectBuilder().add("name", "Well-led").add("rating", "Requires improvement")))))
                .build();
        JsonObject second = finished(post(LOCATIONS, fell.toString()));
        assertEquals(1, counts(second).getInt("alertsRaised"), second::toString);
        JsonObject record = get("/api/services/" + serviceId).json();
        assertEquals("REQUIRES_IMPROVEMENT", record.getJsonObject("rating").getString("overall"));
        assertEquals("OUTSTANDING", record.getString("ratingFellFrom"), "flagged on the service");
        assertEquals("OUTSTANDING", services(run).get(id).getString("ratingFellFrom"), "and in search results");
        assertEquals("OUTSTANDING", record.getJsonArray("ratingHistory").getJsonObject(0).getString("overall"), "the rating it replaced is in the history");

        JsonObject gone = Json.createObjectBuilder(fell).add("registrationStatus", "Deregistered").build();
        assertEquals(1, counts(finished(post(LOCATIONS, gone.toString()))).getInt("deregistered"));
        assertEquals("DEREGISTERED", get("/api/services/" + serviceId).json().getString("status"));

        List<JsonObject> seen = get("/api/cqc/alerts?council=E08000035", "cm_demo_commissioner_leeds").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("serviceId").equals(serviceId)).toList();
        assertEquals(List.of("DEREGISTERED", "RATING_FELL"), seen.stream().map(a -> a.getString("kind")).sorted().toList());
        JsonObject fall = seen.stream().filter(a -> a.getString("kind").equals("RATING_FELL")).findFirst().orElseThrow();
        assertEquals("OUTSTANDING", fall.getString("ratingBefore"));
        assertEquals("REQUIRES_IMPROVEMENT", fall.getString("ratingAfter"));
        assertTrue(get("/api/cqc/alerts", "cm_demo_broker_leeds").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("serviceId").equals(serviceId)));
        get("/api/cqc/alerts?council=E08000035", "cm_demo_commissioner_leicestershire").problem(403);
        assertTrue(get("/api/cqc/alerts", "cm_demo_commissioner_leicestershire").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(a -> a.getString("serviceId").equals(serviceId)));
        get("/api/cqc/alerts", "cm_demo_provider").problem(403);
        get("/api/cqc/alerts?kind=BANKRUPT", ADMIN).problem(400);
    }

    @Test
    @DisplayName("R8.5 a record CQC's rules would refuse is a row error naming the field; the rest of the request imports")
    void badRecord() throws Exception {
        awaitIdle();
        String run = CqcImports.run();
        JsonObject base = Json.createReader(new StringReader(resource("api-location-1-125856395.json"))).readObject();
        JsonObject good = Json.createObjectBuilder(base).add("locationId", "1-6" + run + "0002").add("name", "Good Row " + run)
                .build();
        JsonObject bad = Json.createObjectBuilder(base).add("locationId", "1-6" + run + "0003").add("name", "Bad Row " + run)
                .add("currentRatings", Json.createObjectBuilder().add("overall", Json.createObjectBuilder()
                        .add("rating", "Splendid").add("reportDate", "2024-01-01"))).build();
        JsonObject job = finished(post(LOCATIONS, Json.createArrayBuilder().add(good).add(bad).build().toString()));
        assertEquals(1, counts(job).getInt("created"), job::toString);
        assertEquals(1, counts(job).getInt("failed"));
        JsonObject error = job.getJsonArray("errors").getJsonObject(0);
        assertEquals("1-6" + run + "0003", error.getString("locationId"));
        assertEquals("currentRatings.overall.rating", error.getString("field"));
        assertEquals(1, services(run).size(), "nothing of the refused record is kept");
        Api.Reply notFound = get("/api/imports/no-such-import", ADMIN);
        notFound.problem(404);
    }
}
