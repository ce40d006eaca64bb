package org.caremarket.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema check the feed's tests rely on can fail: formats are asserted, as the national validator does. */
class OrukSchemasTest {

    private static String example(String name) throws IOException {
        try (InputStream in = OrukSchemasTest.class.getResourceAsStream("/oruk/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("R13.6 the profile's own full service example is valid")
    void profileExampleIsValid() throws IOException {
        assertEquals(List.of(), OrukSchemas.problems(OrukSchemas.SERVICE, example("service_full.json")));
    }

    @Test
    @DisplayName("R13.6 the validator's FAIL mock (a bad url and a bad email) fails: format assertions are on")
    void failMockFails() throws IOException {
        List<String> problems = OrukSchemas.problems(OrukSchemas.SERVICE, example("FAIL_service_full.json"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("url")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("email")), problems::toString);
    }

    @Test
    @DisplayName("R13.6 the crawl's allowance for the validator's /organizations defect covers only the page's own missing id, name and description")
    void quirkIsNarrow() {
        assertTrue(NationalValidatorCrawlIT.knownQuirk("/organizations", List.of("validator spec: : required property 'id' not found",
                "validator spec: : required property 'name' not found")));
        assertTrue(!NationalValidatorCrawlIT.knownQuirk("/organizations", List.of(
                "validator spec: /contents/0/email: does not match the email pattern")));
        assertTrue(!NationalValidatorCrawlIT.knownQuirk("/services", List.of("validator spec: : required property 'id' not found")));
        assertTrue(!NationalValidatorCrawlIT.knownQuirk("/organizations", List.of()));
    }
}
