package org.caremarket.vacancy.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caremarket.platform.control.Csv;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Reads a bulk upload in CSV, UTF-8, a line at a time: one row per line of a report, rows of the same service
 * together. Columns (header required, any order, blank when not relevant): {@code service, ifMatch, line
 * (BED|HOMECARE|UNIT|PLACEMENT|PLACE), type, available, held, closed, district, timeBand, days, accepting,
 * notAcceptingReason, weeklyFee, doubleHandedCalls, roomFeatures} (features separated by {@code ;}). The
 * per-service columns are read from the service's first row. Each service's rows become one element in the JSON
 * form's shape; a cell that is not what its column holds (a number, yes or no) is named by its line.
 */
final class BulkCsv {

    static final List<String> COLUMNS = List.of("service", "ifMatch", "line", "type", "available", "held", "closed",
            "district", "timeBand", "days", "accepting", "notAcceptingReason", "weeklyFee", "doubleHandedCalls",
            "roomFeatures");

    /** The most lines a report can hold: 20 bed types, 200 homecare lines, 5 unit and 5 placement types, places. */
    static final int MAX_ROWS_PER_SERVICE = 231;

    /** Longer than any row a report needs; a longer line is not read whole. */
    static final int MAX_LINE_CHARS = 4096;

    private BulkCsv() {
    }

    private record Row(int line, String[] cells) {
    }

    /** One service's rows, with the line number of its first row. */
    private record Group(int line, String service, List<Row> rows) {
    }

    static List<BulkUpload.Element> read(InputStream body) {
        Lines lines = new Lines(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        String first = lines.next();
        if (first == null || first.isBlank()) {
            throw refused("the CSV is empty; its first line is the header");
        }
        List<String> header = Csv.split(first.replace("\uFEFF", "")).stream().map(String::strip).toList();
        if (!header.contains("service") || !header.contains("line")) {
            throw refused("the header needs at least the columns service and line; the columns are " + String.join(", ", COLUMNS));
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw refused("unknown column '" + column + "'; the columns are " + String.join(", ", COLUMNS));
            }
        }
        int serviceColumn = header.indexOf("service");
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String text = lines.next(); text != null; text = lines.next()) {
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = Csv.split(text);
            if (fields.size() != header.size()) {
                throw refused("line " + lines.number() + " has " + fields.size() + " fields; the header has " + header.size());
            }
            String[] cells = fields.stream().map(String::strip).toArray(String[]::new);
            Group group = groups.get(cells[serviceColumn]);
            if (group == null) {
                if (groups.size() == BulkUpload.MAX_SERVICES) {
                    throw BulkUpload.tooMany("line " + lines.number());
                }
                group = new Group(lines.number(), cells[serviceColumn], new ArrayList<>());
                groups.put(group.service(), group);
            }
            if (group.rows().size() == MAX_ROWS_PER_SERVICE) {
                throw refused("line " + lines.number() + " is service " + group.service() + "'s row "
                        + (MAX_ROWS_PER_SERVICE + 1) + "; a report has at most " + MAX_ROWS_PER_SERVICE + " lines");
            }
            group.rows().add(new Row(lines.number(), cells));
        }
        return groups.values().stream().map(g -> element(g, header)).toList();
    }

    private static InvalidInput refused(String message) {
        return InvalidInput.of("body", message);
    }

    /** The service's rows as {@code {service, ifMatch, report}}, with the cells that could not be read. */
    private static BulkUpload.Element element(Group group, List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Cells first = new Cells(header, group.rows().get(0));
        JsonArrayBuilder beds = Json.createArrayBuilder();
        JsonArrayBuilder homecare = Json.createArrayBuilder();
        JsonArrayBuilder units = Json.createArrayBuilder();
        JsonArrayBuilder placements = Json.createArrayBuilder();
        boolean hasBeds = false;
        boolean hasHomecare = false;
        boolean hasUnits = false;
        boolean hasPlacements = false;
        Integer places = null;
        for (Row row : group.rows()) {
            Cells cells = new Cells(header, row);
            Integer available = cells.number("available", errors);
            switch (cells.get("line").toUpperCase(Locale.ROOT)) {
                case "BED" -> {
                    hasBeds = true;
                    beds.add(object().add("type", text(cells.get("type"))).add("available", count(available))
                            .add("held", count(cells.number("held", errors))).add("closed", count(cells.number("closed", errors))));
                }
                case "HOMECARE" -> {
                    hasHomecare = true;
                    homecare.add(object().add("district", cells.get("district")).add("timeBand", text(cells.get("timeBand")))
                            .add("days", text(cells.get("days"))).add("hours", count(available)));
                }
                case "UNIT" -> {
                    hasUnits = true;
                    units.add(object().add("type", text(cells.get("type"))).add("available", count(available)));
                }
                case "PLACEMENT" -> {
                    hasPlacements = true;
                    placements.add(object().add("type", text(cells.get("type"))).add("available", count(available)));
                }
                case "PLACE" -> places = available;
                default -> errors.add(new FieldError(cells.where() + ".line", "must be BED, HOMECARE, UNIT, PLACEMENT or PLACE"));
            }
        }
        JsonObjectBuilder report = object();
        String accepting = first.get("accepting");
        report.add("admissions", object()
                .add("accepting", accepting.isBlank() || first.yes("accepting", errors))
                .add("reason", text(first.get("notAcceptingReason"))));
        if (hasBeds) {
            report.add("beds", beds);
        }
        if (hasHomecare) {
            report.add("homecare", homecare);
        }
        if (!first.get("doubleHandedCalls").isBlank()) {
            report.add("doubleHandedCalls", first.yes("doubleHandedCalls", errors));
        }
        if (hasUnits) {
            report.add("units", units);
        }
        if (hasPlacements) {
            report.add("placements", placements);
        }
        if (places != null) {
            report.add("places", places);
        }
        String features = first.get("roomFeatures");
        if (!features.isBlank()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            Arrays.stream(features.split(";")).map(String::strip).forEach(list::add);
            report.add("roomFeatures", list);
        }
        String fee = first.get("weeklyFee");
        if (!fee.isBlank()) {
            try {
                report.add("weeklyFee", new BigDecimal(fee));
            } catch (NumberFormatException notANumber) {
                errors.add(new FieldError(first.where() + ".weeklyFee", "must be pounds and pence, e.g. 1150.00"));
            }
        }
        JsonObjectBuilder item = object().add("service", group.service()).add("report", report);
        if (!first.get("ifMatch").isBlank()) {
            item.add("ifMatch", first.get("ifMatch"));
        }
        return new BulkUpload.Element(group.line(), item.build(), List.copyOf(errors));
    }

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static JsonValue text(String cell) {
        return cell.isBlank() ? JsonValue.NULL : Json.createValue(cell);
    }

    private static JsonValue count(Integer number) {
        return number == null ? JsonValue.NULL : Json.createValue(number);
    }

    /** One row's cells by column name; a column the header leaves out is blank. */
    private record Cells(List<String> header, Row row) {

        String get(String column) {
            int at = header.indexOf(column);
            return at < 0 ? "" : row.cells()[at];
        }

        String where() {
            return "line " + row.line();
        }

        /** A whole number; blank is none for {@code available} and 0 for the others. */
        Integer number(String column, List<FieldError> errors) {
            String text = get(column);
            if (text.isBlank()) {
                return column.equals("available") ? null : 0;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException notANumber) {
                errors.add(new FieldError(where() + "." + column, "must be a whole number"));
                return 0;
            }
        }

        boolean yes(String column, List<FieldError> errors) {
            return switch (get(column).toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    errors.add(new FieldError(where() + "." + column, "must be true or false"));
                    yield true;
                }
            };
        }
    }

    /**
     * The body's lines (ended by LF, CR LF or CR) and the number of the last one returned, from 1; a line longer
     * than {@link #MAX_LINE_CHARS}, or bytes that are not UTF-8, refuse the upload there.
     */
    private static final class Lines {

        private final Reader reader;
        private final char[] buffer = new char[8192];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private int number;
        private boolean afterCr;

        Lines(Reader reader) {
            this.reader = reader;
        }

        int number() {
            return number;
        }

        /** The next line without its ending, or null at the end of the body. */
        String next() {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (position == limit && !fill()) {
                    if (!any) {
                        return null;
                    }
                    number++;
                    return line.toString();
                }
                char c = buffer[position++];
                if (afterCr) {
                    afterCr = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    afterCr = c == '\r';
                    number++;
                    return line.toString();
                }
                any = true;
                if (line.length() == MAX_LINE_CHARS) {
                    throw refused("line " + (number + 1) + " is longer than " + MAX_LINE_CHARS + " characters");
                }
                line.append(c);
            }
        }

        private boolean fill() {
            try {
                limit = reader.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException notUtf8) {
                throw refused("line " + (number + 1) + " is not UTF-8 text");
            } catch (IOException cut) {
                throw new UncheckedIOException(cut);
            }
            position = 0;
            if (limit < 0) {
                limit = 0;
            }
            return limit > 0;
        }
    }
}
