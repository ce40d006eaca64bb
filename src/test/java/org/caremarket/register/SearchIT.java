package org.caremarket.register;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.q;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIT {

    private final String word = unique();
    private final String providerId = newProvider("Search " + word);

    /** Four services of this test's own: three in Leeds at known distances from LS1 4AP, one in Loughborough. */
    private void market() {
        add("City " + word, "CARE_HOME_NURSING", "LS1 2NE", "E08000035", "GOOD", "OLDER_PEOPLE", "DEMENTIA");
        add("Headingley " + word, "CARE_HOME_NURSING", "LS6 3HN", "E08000035", "OUTSTANDING", "OLDER_PEOPLE");
        add("Adel " + word, "CARE_HOME_RESIDENTIAL", "LS16 6QE", "E08000035", "INADEQUATE", "OLDER_PEOPLE", "DEMENTIA");
        add("Loughborough " + word, "CARE_HOME_NURSING", "LE11 3TU", "E10000018", "GOOD", "OLDER_PEOPLE");
    }

    private void add(String name, String kind, String postcode, String council, String overall, String... specialisms) {
        var groups = Json.createArrayBuilder();
        for (String s : specialisms) {
            groups.add(s);
        }
        created(post("/api/services", service(providerId, name).add("kind", kind)
                .add("address", Json.createObjectBuilder().add("line1", "1 High Street").add("postcode", postcode))
                .add("councilCode", council)
                .add("rating", Json.createObjectBuilder().add("overall", overall).add("reportDate", "2025-01-15"))
                .add("specialisms", groups).build().toString()));
    }

    private List<JsonObject> items(String query) {
        var reply = get("/api/services?q=" + word + "&" + query);
        assertEquals(200, reply.status(), reply::body);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> names(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("name").replaceAll(" T[0-9a-z]+$", "")).toList();
    }

    @Test
    @DisplayName("R2.8 near a postcode: only services within the radius, nearest first, each with distance, rating and precision")
    void nearPostcode() {
        market();
        List<JsonObject> found = items("near=" + q("LS1 4AP") + "&radiusKm=5");
        assertEquals(List.of("City", "Headingley"), names(found));
        double previous = 0;
        for (JsonObject s : found) {
            double distance = s.getJsonNumber("distanceKm").doubleValue();
            assertTrue(distance >= previous && distance <= 5, "sorted by distance within 5 km: " + distance);
            previous = distance;
            assertEquals("EXACT", s.getJsonObject("location").getString("precision"));
            assertTrue(s.getJsonObject("rating").containsKey("overall"));
        }
        assertEquals(List.of("City", "Headingley", "Adel"), names(items("near=LS1%204AP&radiusKm=15")));
    }

    @Test
    @DisplayName("R2.8 a postcode district works as the place to search from")
    void nearDistrict() {
        market();
        assertEquals(List.of("Headingley", "City", "Adel"), names(items("near=LS6&radiusKm=15")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kind=CARE_HOME_NURSING|City,Headingley,Loughborough",
            "kind=CARE_HOME_RESIDENTIAL&kind=HOMECARE|Adel",
            "council=E10000018|Loughborough",
            "district=ls6|Headingley",
            "minRating=GOOD|City,Headingley,Loughborough",
            "minRating=OUTSTANDING|Headingley",
            "specialism=DEMENTIA|Adel,City",
            "specialism=DEMENTIA&kind=CARE_HOME_NURSING|City",
            "sort=rating|Headingley,City,Loughborough,Adel",
            "sort=name|Adel,City,Headingley,Loughborough"})
    @DisplayName("R2.8 filters combine with AND and sort as asked")
    void filters(String query, String expected) {
        market();
        assertEquals(List.of(expected.split(",")), names(items(query)));
    }

    @Test
    @DisplayName("R2.8 results page with a total count")
    void paging() {
        market();
        JsonObject page = get("/api/services?q=" + word + "&sort=name&size=3&page=1").json();
        assertEquals(4, page.getInt("total"));
        assertEquals(1, page.getInt("page"));
        assertEquals(List.of("Loughborough"), names(page.getJsonArray("items").getValuesAs(JsonObject.class)));
        JsonObject near = get("/api/services?q=" + word + "&near=LS1%204AP&radiusKm=15&size=2&page=1").json();
        assertEquals(3, near.getInt("total"));
        assertEquals(List.of("Adel"), names(near.getJsonArray("items").getValuesAs(JsonObject.class)));
    }

    @Test
    @DisplayName("R2.8 text search ignores case and treats % and _ literally")
    void likeWildcards() {
        market();
        assertEquals(4, get("/api/services?q=" + word.toLowerCase()).json().getInt("total"));
        assertEquals(0, get("/api/services?q=" + q("%" + word)).json().getInt("total"));
        assertEquals(0, get("/api/services?q=" + q("_" + word.substring(1))).json().getInt("total"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kind=CASTLE|kind[0]",
            "council=Leeds|council",
            "district=12345|district",
            "near=nowhere|near",
            "near=ZZ9%209ZZ|near",
            "radiusKm=5|radiusKm",
            "near=LS1&radiusKm=-1|radiusKm",
            "near=LS1&radiusKm=5000|radiusKm",
            "near=LS1&radiusKm=abc|radiusKm",
            "minRating=SUPER|minRating",
            "specialism=X|specialism[0]",
            "sort=distance|sort",
            "sort=price|sort",
            "status=GONE|status[0]",
            "page=-1|page",
            "page=abc|page",
            "size=0|size",
            "size=101|size"})
    @DisplayName("R2.9 a bad query parameter is a 400 naming it")
    void badParameters(String query, String field) {
        assertEquals(List.of(field), get("/api/services?" + query).invalidFields());
    }

    @Test
    @DisplayName("R2.8 the acceptance query: nursing homes within 5 km of LS1 4AP in the demo market, by distance")
    void acceptanceQuery() {
        JsonObject page = get("/api/services?near=" + q("LS1 4AP") + "&radiusKm=5&kind=CARE_HOME_NURSING&size=100").json();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty(), "the demo market has nursing homes in central Leeds");
        double previous = 0;
        for (JsonObject s : items) {
            assertEquals("CARE_HOME_NURSING", s.getString("kind"));
            double distance = s.getJsonNumber("distanceKm").doubleValue();
            assertTrue(distance >= previous && distance <= 5);
            previous = distance;
            assertTrue(List.of("EXACT", "DISTRICT_CENTROID").contains(s.getJsonObject("location").getString("precision")));
        }
    }
}
