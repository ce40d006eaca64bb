package org.caremarket.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.entity.InvalidInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"4\"                | 4 | true",
            "\"3\", \"4\"         | 4 | true",
            "\"3\",\"5\"          | 4 | false",
            "*                    | 4 | true",
            "W/\"4\"              | 4 | false",
            "W/\"3\", \"4\"       | 4 | true",
            "\"x\"                | 4 | false",
            "\"04\"               | 4 | false",
            "\"99999999999999999999\" | 4 | false",
    })
    @DisplayName("R0.13 If-Match compares strongly: * matches, a list matches when one strong tag is the current version")
    void ifMatch(String header, long current, boolean matches) {
        IfMatch condition = EntityTags.parseIfMatch(header);
        assertTrue(condition.present());
        assertEquals(matches, condition.matches(current), header);
    }

    @Test
    @DisplayName("R0.13 no If-Match, or an empty one, is absent (the write answers 428)")
    void absent() {
        assertFalse(EntityTags.parseIfMatch(null).present());
        assertFalse(EntityTags.parseIfMatch("  ").present());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "\"4", "\"4\" \"5\"", "W/4", ",", "\"4\";", "\"a b\""})
    @DisplayName("R0.13 an If-Match that is not a list of entity tags (an unquoted 4, say) is a 400 naming the header")
    void malformed(String header) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> EntityTags.parseIfMatch(header));
        assertEquals("If-Match", e.errors().get(0).field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"4\"            | \"4\" | true",
            "W/\"4\"          | \"4\" | true",
            "\"3\", W/\"4\"   | \"4\" | true",
            "*                | \"4\" | true",
            "\"3\"            | \"4\" | false",
    })
    @DisplayName("R0.13 If-None-Match compares weakly, and * matches any current record")
    void ifNoneMatch(String header, String etag, boolean hits) {
        assertEquals(hits, EntityTags.noneMatchHits(header, etag));
    }
}
