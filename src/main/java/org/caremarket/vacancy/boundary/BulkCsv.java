package org.caremarket.vacancy.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.platform.control.Csv;

/**
 * Reads a bulk upload in CSV: one row per line of a report, rows of the same service together.
 * Columns (header required, any order, blank when not relevant): {@code service, ifMatch, line
 * (BED|HOMECARE|UNIT|PLACEMENT|PLACE), type, available, held, closed, district, timeBand, days,
 * accepting, notAcceptingReason, weeklyFee, doubleHandedCalls, roomFeatures} (features separated by
 * {@code ;}). The per-service columns are read from the service's first row.
 */
final class BulkCsv {

    static final List<String> COLUMNS = List.of("service", "ifMatch", "line", "type", "available", "held", "closed",
            "district", "timeBand", "days", "accepting", "notAcceptingReason", "weeklyFee", "doubleHandedCalls",
            "roomFeatures");

    /** One service's rows, with the line number of its first row. */
    record Group(int line, String service, List<Map<String, String>> rows) {
    }

    private BulkCsv() {
    }

    static List<Group> read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new IllegalArgumentException("the CSV is empty; its first line is the header");
        }
        List<String> header = Csv.split(lines[0].replace("\uFEFF", "")).stream().map(String::strip).toList();
        if (!header.contains("service") || !header.contains("line")) {
            throw new IllegalArgumentException("the header needs at least the columns service and line; the columns are "
                    + String.join(", ", COLUMNS));
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException("unknown column '" + column + "'; the columns are " + String.join(", ", COLUMNS));
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = Csv.split(lines[i]);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + fields.size() + " fields; the header has "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), fields.get(c).strip());
            }
            int lineNumber = i + 1;
            groups.computeIfAbsent(row.get("service"), s -> new Group(lineNumber, s, new ArrayList<>())).rows().add(row);
        }
        return List.copyOf(groups.values());
    }
}
