package org.caremarket.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    record Line(String type, Integer available) {
    }

    record Report(String name, Boolean accepting, Integer capacity, Long big, BigDecimal fee, Double km,
                  List<String> tags, List<Line> lines, Line first, LocalDate start, Instant at) {
    }

    private static Report read(String json) {
        return StrictJson.read(json.getBytes(StandardCharsets.UTF_8), Report.class);
    }

    private static FieldError refused(String json) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> read(json), json);
        assertEquals(1, e.errors().size(), e.errors().toString());
        return e.errors().get(0);
    }

    @Test
    @DisplayName("R0.12 a well-formed body is read exactly: nested records, lists, numbers, dates, null as absent")
    void readsExactly() {
        Report r = read("""
                {"name":"Oak House","accepting":false,"capacity":40,"big":9007199254740993,"fee":1150.50,"km":12.5,
                 "tags":["a","b"],"lines":[{"type":"NURSING","available":2}],"first":null,
                 "start":"2026-02-28","at":"2026-11-01T09:30:00+01:00"}""");
        assertEquals("Oak House", r.name());
        assertEquals(false, r.accepting());
        assertEquals(40, r.capacity());
        assertEquals(9007199254740993L, r.big());
        assertEquals(new BigDecimal("1150.50"), r.fee());
        assertEquals(12.5, r.km());
        assertEquals(List.of("a", "b"), r.tags());
        assertEquals(List.of(new Line("NURSING", 2)), r.lines());
        assertNull(r.first());
        assertEquals(LocalDate.of(2026, 2, 28), r.start());
        assertEquals(Instant.parse("2026-11-01T08:30:00Z"), r.at());
    }

    @Test
    @DisplayName("R0.12 an empty body, only whitespace, or null reads as no body (Bean Validation then says it is required)")
    void emptyIsNoBody() {
        assertNull(read(""));
        assertNull(read("  \n"));
        assertNull(read("null"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"capacity\": 4294967301}                  | capacity             | out of range",
            "{\"lines\":[{\"available\": -4294967294}]}  | lines[0].available   | out of range",
            "{\"capacity\": 1e308}                       | capacity             | whole number",
            "{\"capacity\": 0.9999}                      | capacity             | whole number",
            "{\"capacity\": 1.5}                         | capacity             | whole number",
            "{\"capacity\": 5.0}                         | capacity             | whole number",
            "{\"capacity\": \"5\"}                       | capacity             | whole number",
            "{\"big\": 9223372036854775808}              | big                  | out of range",
            "{\"km\": 1e400}                             | km                   | out of range",
            "{\"km\": \"12\"}                            | km                   | must be a number",
            "{\"fee\": true}                             | fee                  | must be a number",
            "{\"accepting\": \"yes\"}                    | accepting            | true or false",
            "{\"accepting\": 1}                          | accepting            | true or false",
            "{\"accepting\": \"true\"}                   | accepting            | true or false",
            "{\"name\": 123}                             | name                 | text in quotes",
            "{\"name\": [\"x\"]}                         | name                 | text in quotes",
            "{\"tags\": \"a\"}                           | tags                 | must be a list",
            "{\"tags\": [1]}                             | tags[0]              | text in quotes",
            "{\"first\": []}                             | first                | must be an object",
            "{\"specialism\": []}                        | specialism           | not a field here",
            "{\"lines\":[{\"type\":\"X\",\"bed\":1}]}    | lines[0].bed         | not a field here",
            "{\"start\": \"2026-02-30\"}                 | start                | YYYY-MM-DD",
            "{\"start\": \"26-02-01\"}                   | start                | YYYY-MM-DD",
            "{\"at\": \"2026-11-01T09:30:00\"}           | at                   | offset",
            "{\"name\":\"a\",\"name\":\"b\"}             | name                 | twice",
            "{\"first\":{\"type\":\"a\",\"type\":\"a\"}} | first.type           | twice",
            "{\"lines\":[{},{\"type\":1}]}               | lines[1].type        | text in quotes",
            "{\"name\":\"a\"} {\"name\":\"b\"}           | body                 | more after",
            "{\"name\":\"a\"} x                          | body                 | more after",
            "{\"name\":\"a\"                             | body                 | well-formed",
            "[1,2]                                       | body                 | must be an object",
            "{\"name\": \"\\ud800\"}                     | name                 | surrogate",
            "{\"name\": \"a\\u0007b\"}                   | name                 | control characters",
            "{\"name\": \"a\\u0085b\"}                   | name                 | control characters",
            "{\"name\": \"abc\\u202Egnp.exe\"}           | name                 | bidirectional",
            "{\"name\": \"x\\u2066y\"}                   | name                 | bidirectional",
            "{\"name\": \"a\\u0000\"}                    | name                 | NUL",
            "{\"capacity\": 1e999999999}                 | capacity             | out of range",
    })
    @DisplayName("R0.12 wrong types, out-of-range and fractional counts, unknown fields, duplicate keys, trailing content and bad text are refused, naming the field")
    void refusesNamingTheField(String json, String field, String says) {
        FieldError error = refused(json);
        assertEquals(field, error.field(), json);
        assertTrue(error.message().contains(says), json + " → " + error.message());
    }

    @Test
    @DisplayName("R0.12 every problem of a body is listed at once")
    void listsEveryProblem() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> read("{\"name\":1,\"accepting\":\"Y\",\"capacity\":2.5,\"colour\":\"red\"}"));
        assertEquals(List.of("accepting", "capacity", "colour", "name"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    @DisplayName("R0.12 invalid UTF-8 is refused, not replaced by U+FFFD")
    void invalidUtf8() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        InvalidInput e = assertThrows(InvalidInput.class, () -> StrictJson.read(body, Report.class));
        assertTrue(e.errors().get(0).message().contains("UTF-8"));
    }

    @Test
    @DisplayName("R0.12 text keeps what people write: accents, other scripts, emoji, line breaks")
    void keepsRealText() {
        String name = "Zoë's Café — \u0645\u0646\u0632\u0644 🏠\nline two\ttab";
        assertEquals(name, read("{\"name\":" + jakarta.json.Json.createValue(name) + "}").name());
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 200})
    @DisplayName("R0.12 nesting deeper than the limit is refused before it is bound")
    void tooDeep(int depth) {
        String json = "{\"tags\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        InvalidInput e = assertThrows(InvalidInput.class, () -> read(json));
        assertTrue(e.errors().get(0).message().contains("nested"), e.errors().toString());
    }
}
