package org.caremarket.sufficiency.entity;

import java.util.List;

/**
 * A table of figures as the API's CSV and the statement's tables show it: a name (the CSV's file name), a caption,
 * the column headings and the rows, every cell already written as text.
 */
public record Table(String name, String caption, List<String> columns, List<List<String>> rows) {

    /** RFC 4180 CSV with a header line; text that a spreadsheet would run as a formula gets a leading apostrophe. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, columns);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        String c = cell;
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("[-+]?\\d+(\\.\\d+)?")) {
            c = "'" + c;
        }
        return c.matches(".*[\",\r\n].*") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }

    /** A number as a cell: empty when absent, no exponent, no trailing ".0" on whole numbers. */
    public static String cell(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf(value.longValue());
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
