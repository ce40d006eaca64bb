package org.caremarket.geo;

import static org.caremarket.Api.get;
import static org.caremarket.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeographyIT {

    @Test
    @DisplayName("R1.1 R1.2 a bundled postcode is normalised and located exactly")
    void exactPostcode() {
        Api.Reply reply = get("/api/postcodes/" + q("ls14ap"));
        assertEquals(200, reply.status(), reply::body);
        JsonObject postcode = reply.json();
        assertEquals("LS1 4AP", postcode.getString("postcode"));
        assertEquals("LS1", postcode.getString("district"));
        assertEquals("EXACT", postcode.getString("precision"));
        assertEquals(53.8, postcode.getJsonNumber("latitude").doubleValue(), 0.01);
        assertEquals(-1.55, postcode.getJsonNumber("longitude").doubleValue(), 0.01);
    }

    @Test
    @DisplayName("R1.2 a postcode outside the bundled areas falls back to its district centroid, and says so")
    void districtCentroid() {
        JsonObject postcode = get("/api/postcodes/" + q("SW1A 1AA")).json();
        assertEquals("DISTRICT_CENTROID", postcode.getString("precision"));
        assertEquals(51.50197, postcode.getJsonNumber("latitude").doubleValue(), 1e-5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rubbish", "LS1", "12345", "LS1 4APX", "<script>"})
    @DisplayName("R1.1 text that is not a UK postcode is a 400 naming the field")
    void rubbish(String text) {
        assertEquals(java.util.List.of("postcode"), get("/api/postcodes/" + q(text)).invalidFields());
    }

    @Test
    @DisplayName("R1.2 a well-formed postcode in a district that does not exist is a 400")
    void unknownDistrict() {
        assertEquals(java.util.List.of("postcode"), get("/api/postcodes/" + q("ZZ9 9ZZ")).invalidFields());
    }

    @Test
    @DisplayName("R1.4 the social care councils include Leeds and Leicestershire but not Leicestershire's districts")
    void councils() {
        var councils = get("/api/councils?socialCare=true").array().getValuesAs(JsonObject.class);
        assertTrue(councils.stream().anyMatch(c -> c.getString("code").equals("E08000035")));
        assertTrue(councils.stream().anyMatch(c -> c.getString("code").equals("E10000018")));
        assertTrue(councils.stream().noneMatch(c -> c.getString("code").equals("E07000130")));
        assertEquals(154, councils.size(), "English councils with adult social care duties");
    }

    @Test
    @DisplayName("R1.6 socialCare must be true or false")
    void socialCareFlag() {
        assertEquals(java.util.List.of("socialCare"), get("/api/councils?socialCare=maybe").invalidFields());
        assertTrue(get("/api/councils?socialCare=false").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("code").equals("E07000130")));
    }

    @Test
    @DisplayName("R1.4 a district council names the county with social care duties")
    void districtCouncil() {
        JsonObject charnwood = get("/api/councils/E07000130").json();
        assertEquals("Charnwood", charnwood.getString("name"));
        assertEquals(false, charnwood.getBoolean("socialCare"));
        assertEquals("E10000018", charnwood.getString("socialCareCouncilCode"));
    }

    @Test
    @DisplayName("R1.6 an unknown council code is a 404 problem")
    void unknownCouncil() {
        get("/api/councils/E99999999").problem(404);
    }
}
