package org.caremarket.vacancy.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * A report's lines in one column of its own row, as a JSON array
 * ({@code [{"kind":"BED","type":"NURSING","available":2,"held":1,"closed":0}]}): a report is replaced
 * whole, so its lines are written with it in one {@code UPDATE} and read with it, never one by one.
 */
@Converter
public class VacancyLinesConverter implements AttributeConverter<List<VacancyLine>, String> {

    /** JSON-P's factories, made once (a {@code Json.create…} call looks the provider up every time). */
    static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public String convertToDatabaseColumn(List<VacancyLine> lines) {
        if (lines == null) {
            return null;
        }
        StringWriter out = new StringWriter(32 + 64 * lines.size());
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartArray();
            lines.forEach(line -> line.write(json));
            json.writeEnd();
        }
        return out.toString();
    }

    @Override
    public List<VacancyLine> convertToEntityAttribute(String column) {
        if (column == null) {
            return List.of();
        }
        try (JsonReader reader = READERS.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(VacancyLine::read).toList();
        }
    }
}
