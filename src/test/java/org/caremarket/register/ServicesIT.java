package org.caremarket.register;

import static org.caremarket.Api.created;
import static org.caremarket.Api.delete;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.q;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServicesIT {

    private final String providerId = newProvider("Services " + unique());

    @Test
    @DisplayName("R2.2 R2.3 a care service is registered: 201, Location, ETag, geocoded exactly, council and capacity unit")
    void register() {
        String name = "Home " + unique();
        Api.Reply reply = post("/api/services", service(providerId, name).add("address", Json.createObjectBuilder()
                .add("line1", "1 Park Square East").add("postcode", "ls1  2ne")).build().toString());
        JsonObject s = created(reply);
        assertTrue(reply.header("Location").orElseThrow().endsWith("/api/services/" + s.getString("id")));
        assertEquals("LS1 2NE", s.getJsonObject("address").getString("postcode"));
        assertEquals("LS1", s.getJsonObject("address").getString("district"));
        assertEquals("EXACT", s.getJsonObject("location").getString("precision"));
        assertEquals("E08000035", s.getJsonObject("council").getString("code"));
        assertEquals("Leeds", s.getJsonObject("council").getString("name"));
        assertEquals(40, s.getJsonObject("capacity").getInt("amount"));
        assertEquals("BEDS", s.getJsonObject("capacity").getString("unit"));
        assertEquals("REGISTERED", s.getString("status"));
        assertEquals("REQUIRES_IMPROVEMENT", s.getJsonObject("rating").getString("wellLed"));
        assertEquals(providerId, s.getString("providerId"));

        Api.Reply read = get(reply.header("Location").orElseThrow());
        assertEquals(200, read.status());
        assertEquals(reply.etag(), read.etag());
        assertEquals(1, get("/api/providers/" + providerId).json().getInt("services"));
    }

    @Test
    @DisplayName("R2.3 a postcode outside the bundled data is placed at its district centroid, and says so")
    void districtCentroid() {
        JsonObject s = created(post("/api/services", service(providerId, "London " + unique())
                .add("address", Json.createObjectBuilder().add("line1", "1 The Mall").add("postcode", "SW1A 1AA"))
                .add("councilCode", "E09000033").build().toString()));
        assertEquals("DISTRICT_CENTROID", s.getJsonObject("location").getString("precision"));
        assertEquals("Westminster", s.getJsonObject("council").getString("name"));
    }

    @Test
    @DisplayName("R2.3 a council without social care duties is refused, naming the county that has them")
    void districtCouncilRefused() {
        JsonObject problem = post("/api/services", service(providerId, "Home " + unique())
                .add("address", Json.createObjectBuilder().add("line1", "1 Ashby Road").add("postcode", "LE11 3TU"))
                .add("councilCode", "E07000130").build().toString()).problem(400);
        assertTrue(problem.toString().contains("E10000018"), problem::toString);
    }

    @Test
    @DisplayName("R2.3 without a council code and without NSPL data the council is asked for")
    void councilNeeded() {
        JsonObject body = service(providerId, "Home " + unique()).remove("councilCode").build();
        assertEquals(List.of("councilCode"), post("/api/services", body.toString()).invalidFields());
    }

    @Test
    @DisplayName("R2.2 a care home without beds is refused; homecare counts hours per week")
    void capacityByKind() {
        assertEquals(List.of("capacity"), post("/api/services", service(providerId, "Home " + unique())
                .add("capacity", 0).build().toString()).invalidFields());
        JsonObject homecare = created(post("/api/services", service(providerId, "Homecare " + unique())
                .add("kind", "HOMECARE").add("capacity", 1200).build().toString()));
        assertEquals("HOURS_PER_WEEK", homecare.getJsonObject("capacity").getString("unit"));
        assertEquals(List.of("capacity"), post("/api/services", service(providerId, "Home " + unique())
                .add("capacity", 5000).build().toString()).invalidFields());
    }

    @Test
    @DisplayName("R2.9 bad postcode, unknown enums, negative capacity: one 400 listing every field, nothing stored")
    void invalidFields() {
        String name = "Bad " + unique();
        String body = service(providerId, name)
                .add("kind", "CASTLE")
                .add("capacity", -3)
                .add("cqcLocationId", "9-123")
                .add("status", "ASLEEP")
                .add("specialisms", Json.createArrayBuilder().add("OLDER_PEOPLE").add("WIZARDRY"))
                .add("rating", Json.createObjectBuilder().add("overall", "BRILLIANT").add("reportDate", "2024-01-01"))
                .build().toString();
        assertEquals(List.of("capacity", "cqcLocationId", "kind", "rating.overall", "specialisms[1]", "status"),
                post("/api/services", body).invalidFields());
        assertEquals(List.of("address.postcode"), post("/api/services", service(providerId, name)
                .add("address", Json.createObjectBuilder().add("line1", "x").add("postcode", "NOT A POSTCODE"))
                .build().toString()).invalidFields());
        assertEquals(List.of("providerId"), post("/api/services", service("no-such-provider", name).build().toString())
                .invalidFields());
        assertEquals(0, get("/api/services?q=" + q(name) + "&status=REGISTERED&status=DORMANT&status=DEREGISTERED")
                .json().getInt("total"));
    }

    @Test
    @DisplayName("R2.4 a rated service needs a report date, and no report is dated in the future")
    void ratingDates() {
        assertEquals(List.of("rating.reportDate"), post("/api/services", service(providerId, "Home " + unique())
                .add("rating", Json.createObjectBuilder().add("overall", "GOOD")).build().toString()).invalidFields());
        assertEquals(List.of("rating.reportDate"), post("/api/services", service(providerId, "Home " + unique())
                .add("rating", Json.createObjectBuilder().add("overall", "GOOD").add("reportDate", "2999-01-01"))
                .build().toString()).invalidFields());
    }

    @Test
    @DisplayName("R2.4 a new rating moves the old one to the history; an older one cannot replace it")
    void ratingHistory() {
        Api.Reply reply = post("/api/services", service(providerId, "Home " + unique()).build().toString());
        String url = reply.header("Location").orElseThrow();
        JsonObject rerated = service(providerId, reply.json().getString("name"))
                .add("cqcLocationId", reply.json().getString("cqcLocationId"))
                .add("rating", Json.createObjectBuilder().add("overall", "OUTSTANDING").add("safe", "GOOD")
                        .add("reportDate", "2025-09-30")).build();
        Api.Reply updated = put(url, rerated.toString(), reply.etag());
        assertEquals(200, updated.status(), updated::body);
        JsonObject s = get(url).json();
        assertEquals("OUTSTANDING", s.getJsonObject("rating").getString("overall"));
        assertEquals("NOT_YET_RATED", s.getJsonObject("rating").getString("caring"));
        assertEquals(1, s.getJsonArray("ratingHistory").size());
        JsonObject past = s.getJsonArray("ratingHistory").getJsonObject(0);
        assertEquals("GOOD", past.getString("overall"));
        assertEquals("2024-05-01", past.getString("reportDate"));
        assertTrue(past.containsKey("replacedAt"));

        JsonObject older = Json.createObjectBuilder(rerated).add("rating", Json.createObjectBuilder()
                .add("overall", "INADEQUATE").add("reportDate", "2023-01-01")).build();
        assertEquals(List.of("rating.reportDate"), put(url, older.toString(), updated.etag()).invalidFields());
        assertEquals("OUTSTANDING", get(url).json().getJsonObject("rating").getString("overall"));
    }

    @Test
    @DisplayName("R2.5 a second service with the same CQC location id is a 409 and is not stored")
    void duplicateLocationId() {
        String cqc = Api.cqcId();
        String name = "Twin " + unique();
        created(post("/api/services", service(providerId, name).add("cqcLocationId", cqc).build().toString()));
        JsonObject problem = post("/api/services", service(providerId, name + " b").add("cqcLocationId", cqc).build()
                .toString()).problem(409);
        assertTrue(problem.getString("detail").contains(cqc));
        assertEquals(0, get("/api/services?q=" + q(name + " b")).json().getInt("total"));
    }

    @Test
    @DisplayName("R2.6 a service update needs If-Match: 428 without, 412 when stale")
    void ifMatch() {
        Api.Reply reply = post("/api/services", service(providerId, "Home " + unique()).build().toString());
        String url = reply.header("Location").orElseThrow();
        String body = service(providerId, "Renamed " + unique()).add("cqcLocationId",
                reply.json().getString("cqcLocationId")).build().toString();
        put(url, body, null).problem(428);
        put(url, body, "W/\"12345\"").problem(412);
        delete(url, null).problem(428);
        assertEquals(reply.json().getString("name"), get(url).json().getString("name"));
        Api.Reply ok = put(url, body, reply.etag());
        assertEquals(200, ok.status(), ok::body);
        assertNotEquals(reply.etag(), ok.etag());
    }

    @Test
    @DisplayName("R2.7 deregistering keeps the record, hides it from the default search, and freezes it (409)")
    void deregister() {
        String name = "Closing " + unique();
        Api.Reply reply = post("/api/services", service(providerId, name).build().toString());
        String url = reply.header("Location").orElseThrow();
        Api.Reply gone = delete(url, reply.etag());
        assertEquals(200, gone.status(), gone::body);
        assertEquals("DEREGISTERED", gone.json().getString("status"));
        assertEquals("DEREGISTERED", get(url).json().getString("status"));
        assertEquals(0, get("/api/services?q=" + q(name)).json().getInt("total"));
        assertEquals(1, get("/api/services?q=" + q(name) + "&status=DEREGISTERED").json().getInt("total"));
        JsonObject problem = put(url, service(providerId, name).add("cqcLocationId", reply.json().getString("cqcLocationId"))
                .build().toString(), gone.etag()).problem(409);
        assertEquals("/problems/service-deregistered", problem.getString("type"));
    }

    @Test
    @DisplayName("R2.7 a dormant service cannot take on more capacity, but may reduce it")
    void dormantCapacity() {
        Api.Reply reply = post("/api/services", service(providerId, "Dormant " + unique()).add("status", "DORMANT")
                .build().toString());
        JsonObject s = created(reply);
        String url = reply.header("Location").orElseThrow();
        JsonObject more = service(providerId, s.getString("name")).add("cqcLocationId", s.getString("cqcLocationId"))
                .add("status", "DORMANT").add("capacity", 41).build();
        assertEquals("/problems/service-not-registered", put(url, more.toString(), reply.etag()).problem(409).getString("type"));
        assertEquals(40, get(url).json().getJsonObject("capacity").getInt("amount"));
        Api.Reply fewer = put(url, Json.createObjectBuilder(more).add("capacity", 30).build().toString(), reply.etag());
        assertEquals(200, fewer.status(), fewer::body);
        assertEquals(30, fewer.json().getJsonObject("capacity").getInt("amount"));
    }

    @Test
    @DisplayName("R2.7 a new service cannot start deregistered")
    void newDeregistered() {
        assertEquals(List.of("status"), post("/api/services", service(providerId, "Home " + unique())
                .add("status", "DEREGISTERED").build().toString()).invalidFields());
    }

    @Test
    @DisplayName("R2.10 an unknown service id is a 404 for read, update and deregister")
    void unknown() {
        String missing = "/api/services/00000000-0000-0000-0000-000000000000";
        get(missing).problem(404);
        put(missing, service(providerId, "x").build().toString(), "\"1\"").problem(404);
        delete(missing, "\"1\"").problem(404);
    }
}
