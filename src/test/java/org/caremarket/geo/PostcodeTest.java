package org.caremarket.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.geo.entity.Postcode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ls14ap,LS1 4AP", "LS1 4AP,LS1 4AP", " le65  1aa ,LE65 1AA", "sw1a1aa,SW1A 1AA", "M11AE,M1 1AE",
            "b338th,B33 8TH", "W1A 0AX,W1A 0AX", "EC1A 1BB,EC1A 1BB"})
    @DisplayName("R1.1 any spacing and case normalises to the standard form")
    void normalises(String text, String expected) {
        assertEquals(expected, Postcode.parse(text).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "LS1", "LS1 4A", "LS1 4APP", "1LS 4AP", "LS1 AAP", "LSS1 4AP", "L$1 4AP", "ÅS1 4AP"})
    @DisplayName("R1.1 anything else is not a postcode")
    void rejects(String text) {
        assertTrue(Postcode.parse(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LE65 1AA,LE65,LE", "SW1A 1AA,SW1A,SW", "M1 1AE,M1,M"})
    @DisplayName("R1.1 the district is the outward code; the area its letters")
    void parts(String text, String district, String area) {
        Postcode postcode = Postcode.parse(text).orElseThrow();
        assertEquals(district, postcode.district());
        assertEquals(area, postcode.area());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ls6,LS6", " LE65 ,LE65", "sw1a,SW1A"})
    @DisplayName("R1.1 a district on its own normalises too")
    void district(String text, String expected) {
        assertEquals(expected, Postcode.parseDistrict(text).orElseThrow());
    }
}
