package org.caremarket.sufficiency.control;

import java.util.List;
import org.caremarket.sufficiency.entity.Table;

/** HTML pieces of a statement: escaping, tables with numbers aligned right, figures with their chart, table and CSV. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean numeric(String cell) {
        return cell != null && cell.matches("[-+]?[\\d,]+(\\.\\d+)?%?");
    }

    static String table(Table t) {
        StringBuilder out = new StringBuilder("<table><caption>").append(esc(t.caption())).append("</caption><thead><tr>");
        for (String c : t.columns()) {
            out.append("<th scope=\"col\">").append(esc(c)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append(numeric(cell) ? " class=\"num\"" : "").append('>')
                        .append(cell == null || cell.isEmpty() ? "<span class=\"missing\">–</span>" : esc(cell))
                        .append("</").append(i == 0 ? "th" : "td").append('>');
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** A chart's figure: heading, its table first, the chart, and the link to its CSV ({@code files/<name>.csv}). */
    static String figure(String chartId, String heading, Table table, String svg) {
        return "<figure aria-labelledby=\"" + chartId + "-caption\"><figcaption id=\"" + chartId + "-caption\">"
                + esc(chartId.toUpperCase()) + ". " + esc(heading) + "</figcaption>" + table(table) + svg
                + "<p class=\"csv\"><a class=\"csv-link\" href=\"files/" + table.name() + ".csv\" download>Download the figures of "
                + esc(chartId.toUpperCase()) + " as CSV</a></p></figure>";
    }

    static String para(String text) {
        if (text == null || text.isBlank()) {
            return "<p class=\"missing\">Not written yet.</p>";
        }
        StringBuilder out = new StringBuilder();
        for (String p : text.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(esc(p.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return out.toString();
    }
}
