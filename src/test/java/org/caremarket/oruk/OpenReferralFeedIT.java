package org.caremarket.oruk;

import static org.caremarket.Api.get;
import static org.caremarket.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.Api;
import org.caremarket.geo.entity.Coordinate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Open Referral UK feed over HTTP against the running server (with the demo market): every kind of answer is
 * checked against the profile's compiled schemas with formats asserted ({@link OrukSchemas}).
 */
class OpenReferralFeedIT {

    /** Each list, with the schema of its pages and of its records by id. */
    static final Map<String, String[]> LISTS = Map.of(
            "/oruk/services", new String[]{OrukSchemas.PAGE_SERVICES, OrukSchemas.SERVICE},
            "/oruk/service_at_locations", new String[]{OrukSchemas.PAGE_SERVICE_AT_LOCATIONS, OrukSchemas.SERVICE_AT_LOCATION},
            "/oruk/organizations", new String[]{OrukSchemas.PAGE_ORGANIZATIONS, OrukSchemas.ORGANIZATION},
            "/oruk/taxonomies", new String[]{OrukSchemas.PAGE_TAXONOMIES, OrukSchemas.TAXONOMY},
            "/oruk/taxonomy_terms", new String[]{OrukSchemas.PAGE_TAXONOMY_TERMS, OrukSchemas.TAXONOMY_TERM});

    static final String LEEDS_CENTRE = "LS1 2NE";

    /** A page, checked: 200, JSON, CORS, the envelope's schema and its arithmetic. */
    static JsonObject page(String path, String schema) {
        Api.Reply reply = get(path);
        assertEquals(200, reply.status(), () -> path + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        assertEquals("*", reply.header("Access-Control-Allow-Origin").orElse(null), path);
        assertEquals(List.of(), OrukSchemas.problems(schema, reply.body()), path);
        JsonObject page = reply.json();
        int size = page.getJsonArray("contents").size();
        assertEquals(size, page.getInt("size"), path);
        assertEquals(size == 0, page.getBoolean("empty"), path);
        assertEquals(page.getInt("page_number") == 1, page.getBoolean("first_page"), path);
        assertEquals(page.getInt("page_number") >= page.getInt("total_pages"), page.getBoolean("last_page"), path);
        return page;
    }

    static List<JsonObject> contents(JsonObject page) {
        return page.getJsonArray("contents").getValuesAs(JsonObject.class);
    }

    static Set<String> ids(JsonObject page) {
        return contents(page).stream().map(o -> o.getString("id")).collect(Collectors.toSet());
    }

    /** Every record of a list with this query, all pages walked. */
    static List<JsonObject> all(String list, String query) {
        List<JsonObject> found = new ArrayList<>();
        for (int p = 1; ; p++) {
            JsonObject page = page(list + "?per_page=100&page=" + p + (query.isEmpty() ? "" : "&" + query), LISTS.get(list)[0]);
            found.addAll(contents(page));
            if (page.getBoolean("last_page")) {
                return found;
            }
        }
    }

    @Test
    @DisplayName("R13.1 GET /oruk/ says HSDS-UK-3.0 with the profile and an absolute openapi_url, public and open to any origin")
    void root() {
        for (String path : List.of("/oruk/", "/oruk")) {
            Api.Reply reply = get(path);
            assertEquals(200, reply.status(), reply::body);
            assertEquals("*", reply.header("Access-Control-Allow-Origin").orElse(null));
            assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.API_DETAILS, reply.body()));
            assertEquals("HSDS-UK-3.0", reply.json().getString("version"));
            assertTrue(reply.json().getString("openapi_url").matches("https?://.+/openapi"), reply.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oruk/services", "/oruk/service_at_locations", "/oruk/organizations", "/oruk/taxonomies",
            "/oruk/taxonomy_terms"})
    @DisplayName("R13.2 R13.6 each list's first, a middle and the last page, and each record of them by id, are valid; pages do not overlap")
    void pagesAndRecords(String list) {
        String[] schemas = LISTS.get(list);
        JsonObject first = page(list + "?per_page=7", schemas[0]);
        assertTrue(first.getBoolean("first_page"));
        assertFalse(first.getBoolean("empty"), list + " is empty");
        int pages = first.getInt("total_pages");
        assertEquals((first.getInt("total_items") + 6) / 7, pages);
        JsonObject middle = page(list + "?per_page=7&page=" + Math.max(1, (pages + 1) / 2), schemas[0]);
        JsonObject last = page(list + "?per_page=7&page=" + pages, schemas[0]);
        assertTrue(last.getBoolean("last_page"));
        assertEquals(first.getInt("total_items") - 7 * (pages - 1), last.getInt("size"));
        if (pages > 2) {
            assertTrue(ids(first).stream().noneMatch(ids(middle)::contains));
            assertTrue(ids(middle).stream().noneMatch(ids(last)::contains));
        }
        JsonObject beyond = page(list + "?per_page=7&page=" + (pages + 1), schemas[0]);
        assertTrue(beyond.getBoolean("empty"));
        assertEquals(first.getInt("total_items"), beyond.getInt("total_items"));
        for (JsonObject page : List.of(first, middle, last)) {
            for (JsonObject item : contents(page)) {
                Api.Reply one = get(list + "/" + item.getString("id"));
                assertEquals(200, one.status(), one::body);
                assertEquals("*", one.header("Access-Control-Allow-Origin").orElse(null));
                assertEquals(List.of(), OrukSchemas.problems(schemas[1], one.body()), list + "/" + item.getString("id"));
                if (list.endsWith("taxonomies")) {
                    assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.VALIDATOR_TAXONOMY, one.body()));
                }
                assertEquals(item.getString("id"), one.json().getString("id"));
            }
        }
    }

    @Test
    @DisplayName("R13.3 a service reads as HSDS: organization, location with address and coordinates, rating and kind attributes, capacity with the report's time; deregistered is defunct")
    void mapping() {
        String word = Api.unique();
        String providerId = Api.newProvider("Feed Provider " + word);
        String serviceId = Api.created(Api.post("/api/services", Api.service(providerId, "Feed Home " + word).build()
                .toString())).getString("id");
        Api.Reply report = Api.put("/api/services/" + serviceId + "/vacancies", Json.createObjectBuilder()
                .add("beds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "NURSING")
                        .add("available", 3).add("held", 0).add("closed", 0))).build().toString(), "\"0\"");
        assertEquals(200, report.status(), report::body);

        Api.Reply reply = get("/oruk/services/" + serviceId);
        assertEquals(200, reply.status(), reply::body);
        assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.SERVICE, reply.body()));
        JsonObject service = reply.json();
        assertEquals("Feed Home " + word, service.getString("name"));
        assertEquals("active", service.getString("status"));
        assertEquals(providerId, service.getString("organization_id"));
        assertEquals("Feed Provider " + word, service.getJsonObject("organization").getString("name"));
        JsonObject location = service.getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location");
        assertEquals("physical", location.getString("location_type"));
        assertEquals("LS1 2NE", location.getJsonArray("addresses").getJsonObject(0).getString("postal_code"));
        assertTrue(location.getJsonNumber("latitude").doubleValue() > 53.7);
        JsonObject capacity = service.getJsonArray("capacities").getJsonObject(0);
        assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.CAPACITY, capacity.toString()));
        assertEquals(3, capacity.getInt("available"));
        assertEquals(40, capacity.getInt("maximum"));
        assertEquals("beds", capacity.getJsonObject("unit").getString("name"));
        assertTrue(capacity.containsKey("updated"));
        Set<String> terms = service.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonObject("taxonomy_term").getString("name")).collect(Collectors.toSet());
        assertTrue(terms.containsAll(Set.of("Care home with nursing", "Good", "Caring: Outstanding",
                "Well led: Requires improvement", "Dementia", "Has vacancy now")), terms::toString);
        String ratedOn = service.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("taxonomy_term").getString("name").equals("Good"))
                .findFirst().orElseThrow().getString("value");
        assertEquals("2024-05-01", ratedOn);
        for (JsonObject attribute : service.getJsonArray("attributes").getValuesAs(JsonObject.class)) {
            Api.Reply term = get("/oruk/taxonomy_terms/" + attribute.getString("taxonomy_term_id"));
            assertEquals(200, term.status(), "the feed serves every term it tags with");
            assertEquals(200, get("/oruk/taxonomies/" + term.json().getString("taxonomy_id")).status());
        }
        JsonObject organization = get("/oruk/organizations/" + providerId).json();
        assertEquals("CQC", organization.getJsonArray("organization_identifiers").getJsonObject(0).getString("identifier_scheme"));

        String tag = Api.get("/api/services/" + serviceId).etag();
        Api.Reply deregistered = Api.delete("/api/services/" + serviceId, tag);
        assertTrue(deregistered.status() < 300, deregistered::body);
        JsonObject gone = get("/oruk/services/" + serviceId).json();
        assertEquals("defunct", gone.getString("status"));
        assertEquals(serviceId, get("/oruk/services/" + serviceId).json().getString("id"), "the id stays");
    }

    @Test
    @DisplayName("R13.4 ids do not depend on the request: the same record has the same ids of its location, attributes and capacity")
    void stableIds() {
        JsonObject first = contents(page("/oruk/services?per_page=1", OrukSchemas.PAGE_SERVICES)).get(0);
        String once = get("/oruk/services/" + first.getString("id")).body();
        String again = get("/oruk/services/" + first.getString("id")).body();
        assertEquals(once, again);
        JsonObject sal = contents(page("/oruk/service_at_locations?search=" + q(first.getString("name")),
                OrukSchemas.PAGE_SERVICE_AT_LOCATIONS)).stream()
                .filter(s -> s.getString("service_id").equals(first.getString("id"))).findFirst().orElseThrow();
        assertEquals(sal.getString("location_id"), Json.createReader(new java.io.StringReader(once)).readObject()
                .getJsonArray("service_at_locations").getJsonObject(0).getString("location_id"));
    }

    @Test
    @DisplayName("R13.5 search, taxonomy_term_id, taxonomy_id, organization_id and modified_after each keep only what matches, and combine as AND")
    void filters() {
        List<JsonObject> everything = all("/oruk/services", "");
        JsonObject kinds = contents(page("/oruk/taxonomies", OrukSchemas.PAGE_TAXONOMIES)).stream()
                .filter(t -> t.getString("name").equals("Adult social care service type")).findFirst().orElseThrow();
        JsonObject homecare = contents(page("/oruk/taxonomy_terms?per_page=100&taxonomy_id=" + kinds.getString("id"),
                OrukSchemas.PAGE_TAXONOMY_TERMS)).stream().filter(t -> t.getString("name").equals("Homecare")).findFirst().orElseThrow();

        List<JsonObject> byTerm = all("/oruk/services", "taxonomy_term_id=" + homecare.getString("id"));
        assertFalse(byTerm.isEmpty());
        assertTrue(byTerm.size() < everything.size());
        for (JsonObject s : byTerm.subList(0, Math.min(5, byTerm.size()))) {
            assertTrue(get("/oruk/services/" + s.getString("id")).body().contains(homecare.getString("id")));
        }
        assertEquals(everything.size(), all("/oruk/services", "taxonomy_id=" + kinds.getString("id")).size(),
                "every service has a kind");

        String organization = everything.get(everything.size() / 2).getString("organization_id");
        List<JsonObject> own = all("/oruk/services", "organization_id=" + organization);
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(s -> s.getString("organization_id").equals(organization)));
        assertEquals(everything.stream().filter(s -> s.getString("organization_id").equals(organization)).count(), own.size());

        String name = everything.get(0).getString("name");
        String word = name.split(" ")[0].toLowerCase();
        List<JsonObject> searched = all("/oruk/services", "search=" + q(word));
        assertTrue(searched.stream().anyMatch(s -> s.getString("name").equals(name)));

        List<JsonObject> both = all("/oruk/services", "search=" + q(word) + "&taxonomy_term_id=" + homecare.getString("id"));
        Set<String> termIds = byTerm.stream().map(s -> s.getString("id")).collect(Collectors.toSet());
        Set<String> searchIds = searched.stream().map(s -> s.getString("id")).collect(Collectors.toSet());
        assertEquals(searchIds.stream().filter(termIds::contains).collect(Collectors.toSet()),
                both.stream().map(s -> s.getString("id")).collect(Collectors.toSet()), "filters combine as AND");

        assertEquals(everything.size(), all("/oruk/services", "modified_after=2000-01-01T00:00:00Z").size());
        JsonObject future = page("/oruk/services?modified_after=2999-01-01T00:00:00%2B01:00", OrukSchemas.PAGE_SERVICES);
        assertEquals(0, future.getInt("total_items"));
        String newest = everything.stream().map(s -> s.getString("last_modified")).max(String::compareTo).orElseThrow();
        assertTrue(all("/oruk/services", "modified_after=" + q(newest)).isEmpty(), "strictly after");
    }

    @Test
    @DisplayName("R13.2 R13.5 an empty result is a valid empty page on every list")
    void emptyResults() {
        String nothing = "search=" + Api.unique();
        for (String list : List.of("/oruk/services", "/oruk/service_at_locations", "/oruk/organizations")) {
            JsonObject page = page(list + "?" + nothing, LISTS.get(list)[0]);
            assertEquals(0, page.getInt("total_items"));
            assertEquals(0, page.getInt("total_pages"));
            assertTrue(page.getBoolean("empty") && page.getBoolean("first_page") && page.getBoolean("last_page"));
        }
        JsonObject none = page("/oruk/taxonomy_terms?taxonomy_id=" + java.util.UUID.randomUUID(), OrukSchemas.PAGE_TAXONOMY_TERMS);
        assertTrue(none.getBoolean("empty"));
    }

    @Test
    @DisplayName("R13.5 postcode orders service-at-locations nearest first; proximity keeps those within that many metres")
    void nearest() {
        Coordinate leeds = org.caremarket.geo.control.Geocoder.standalone(new org.caremarket.geo.control.Councils())
                .require("postcode", LEEDS_CENTRE).coordinate();
        List<JsonObject> near = all("/oruk/service_at_locations", "postcode=" + q(LEEDS_CENTRE) + "&proximity=5000");
        assertFalse(near.isEmpty());
        double previous = -1;
        for (JsonObject sal : near) {
            JsonObject location = sal.getJsonObject("location");
            double metres = Coordinate.distanceKm(leeds.latitude(), leeds.longitude(),
                    location.getJsonNumber("latitude").doubleValue(), location.getJsonNumber("longitude").doubleValue()) * 1000;
            assertTrue(metres <= 5000.5, metres + " m");
            assertTrue(metres >= previous - 0.001, "nearest first");
            previous = metres;
        }
        List<JsonObject> wider = all("/oruk/service_at_locations", "postcode=" + q(LEEDS_CENTRE) + "&proximity=20000");
        assertTrue(wider.size() > near.size());
        JsonObject nearestAnywhere = contents(page("/oruk/service_at_locations?per_page=1&postcode=" + q(LEEDS_CENTRE),
                OrukSchemas.PAGE_SERVICE_AT_LOCATIONS)).get(0);
        assertEquals(near.get(0).getString("id"), nearestAnywhere.getString("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oruk/services?page=0", "/oruk/services?page=-1", "/oruk/services?page=abc",
            "/oruk/services?page=", "/oruk/services?per_page=0", "/oruk/services?per_page=101",
            "/oruk/services?per_page=100000", "/oruk/services?page=99999999999", "/oruk/services?page=1&page=2",
            "/oruk/services?taxonomy_term_id=nope", "/oruk/services?organization_id=1-101",
            "/oruk/services?modified_after=2026-02-30T00:00:00Z", "/oruk/services?modified_after=yesterday",
            "/oruk/services?modified_after=2026-01-01", "/oruk/services?minimum_age=18", "/oruk/services?postcode=LS1%202NE",
            "/oruk/services?search=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "/oruk/service_at_locations?proximity=-1&postcode=LS1%202NE", "/oruk/service_at_locations?proximity=1000",
            "/oruk/service_at_locations?postcode=ZZ9%209ZZ&proximity=1000", "/oruk/service_at_locations?postcode=nowhere",
            "/oruk/service_at_locations?postcode=LS1%202NE&proximity=1e3", "/oruk/taxonomies?taxonomy_id=x",
            "/oruk/taxonomy_terms?parent_id=x", "/oruk/organizations?per_page=1000", "/oruk/?page=1",
            "/oruk/services?page", "/oruk/services?=x"})
    @DisplayName("R13.7 a bad query parameter is a 400 problem naming it, open to any origin")
    void badParameters(String path) {
        Api.Reply reply = get(path);
        assertEquals(400, reply.status(), () -> path + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertFalse(reply.json().getJsonArray("errors").isEmpty());
        assertEquals("*", reply.header("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    @DisplayName("R13.7 a query string that is not valid percent-encoding is a 400 problem, not a failure")
    void malformedEncoding() {
        org.caremarket.RawHttp.Answer reply = org.caremarket.RawHttp.send(
                "GET /oruk/services?search=%ZZ HTTP/1.1\r\nHost: localhost\r\n", null);
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertTrue(reply.body().contains("\"query\""), reply.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oruk/services/00000000-0000-0000-0000-000000000000", "/oruk/services/not-a-uuid",
            "/oruk/service_at_locations/6a1c7f55-3f0c-4a43-9d58-7c2f0d0fb8a1", "/oruk/organizations/x",
            "/oruk/taxonomies/6a1c7f55-3f0c-4a43-9d58-7c2f0d0fb8a1", "/oruk/taxonomy_terms/6a1c7f55-3f0c-4a43-9d58-7c2f0d0fb8a1",
            "/oruk/nothing", "/oruk/services/a/b", "/oruk/services/", "/oruk/phones"})
    @DisplayName("R13.7 an unknown path or id is a 404 problem")
    void unknown(String path) {
        Api.Reply reply = get(path);
        assertEquals(404, reply.status(), () -> path + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    @Test
    @DisplayName("R13.1 the feed is read-only: a POST, PUT or DELETE is a 405 problem naming the methods it takes; OPTIONS answers a CORS preflight")
    void readOnly() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Api.Reply reply = Api.send(HttpRequest.newBuilder(Api.uri("/oruk/services")).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, reply.status(), method);
            assertTrue(reply.contentType().startsWith("application/problem+json"));
            assertEquals("GET, HEAD, OPTIONS", reply.header("Allow").orElse(null));
        }
        Api.Reply preflight = Api.send(HttpRequest.newBuilder(Api.uri("/oruk/services"))
                .header("Origin", "https://directory.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.status());
        assertEquals("*", preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.header("Access-Control-Allow-Headers").orElse("").contains("If-None-Match"));
    }

    @Test
    @DisplayName("R13.8 every answer has a strong ETag of its bytes and Cache-Control; If-None-Match naming it is a 304 with no body, another tag a 200")
    void conditionalGet() {
        String one = contents(page("/oruk/services?per_page=1", OrukSchemas.PAGE_SERVICES)).get(0).getString("id");
        for (String path : List.of("/oruk/", "/oruk/services?per_page=5", "/oruk/services/" + one,
                "/oruk/service_at_locations?postcode=LS1%202NE&proximity=3000", "/oruk/taxonomies", "/oruk/organizations")) {
            Api.Reply first = get(path);
            String tag = first.header("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertTrue(tag.matches("\"[0-9a-f-]+\""), tag);
            assertEquals("public, max-age=60", first.header("Cache-Control").orElse(null));
            assertEquals(tag, get(path).header("ETag").orElse(null), "the same answer has the same tag");
            Api.Reply unchanged = Api.send(HttpRequest.newBuilder(Api.uri(path)).header("If-None-Match", tag).GET());
            assertEquals(304, unchanged.status(), path);
            assertEquals("", unchanged.body());
            assertEquals(tag, unchanged.header("ETag").orElse(null));
            assertEquals("*", unchanged.header("Access-Control-Allow-Origin").orElse(null));
            assertEquals(304, Api.send(HttpRequest.newBuilder(Api.uri(path)).header("If-None-Match", "\"x\", W/" + tag).GET()).status(),
                    "If-None-Match compares weakly");
            assertEquals(200, Api.send(HttpRequest.newBuilder(Api.uri(path)).header("If-None-Match", "\"other\"").GET()).status());
            assertEquals(200, Api.send(HttpRequest.newBuilder(Api.uri(path)).header("If-None-Match", "garbage").GET()).status());
        }
        assertNotEquals(get("/oruk/services?per_page=5").header("ETag"), get("/oruk/services?per_page=6").header("ETag"));
    }

    @Test
    @DisplayName("R13.9 a change made through the API is in the feed's next answer, and moves its ETag")
    void followsChanges() {
        String word = Api.unique();
        String providerId = Api.newProvider("Followed " + word);
        String before = get("/oruk/services?search=" + word).header("ETag").orElseThrow();
        String serviceId = Api.created(Api.post("/api/services", Api.service(providerId, "Followed Home " + word).build()
                .toString())).getString("id");
        JsonObject page = page("/oruk/services?search=" + word, OrukSchemas.PAGE_SERVICES);
        assertEquals(Set.of(serviceId), ids(page));
        assertNotEquals(before, get("/oruk/services?search=" + word).header("ETag").orElseThrow());
    }
}
