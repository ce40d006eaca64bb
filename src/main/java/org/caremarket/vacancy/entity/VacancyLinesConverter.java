package org.caremarket.vacancy.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/**
 * A report's lines in one column of its own row, as a JSON array
 * ({@code [{"kind":"BED","type":"NURSING","available":2,"held":1,"closed":0}]}): a report is replaced
 * whole, so its lines are written with it in one {@code UPDATE} and read with it, never one by one.
 */
@Converter
public class VacancyLinesConverter implements AttributeConverter<List<VacancyLine>, String> {

    @Override
    public String convertToDatabaseColumn(List<VacancyLine> lines) {
        if (lines == null) {
            return null;
        }
        StringWriter out = new StringWriter(32 + 64 * lines.size());
        try (JsonGenerator json = Json.createGenerator(out)) {
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
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(VacancyLine::read).toList();
        }
    }
}
