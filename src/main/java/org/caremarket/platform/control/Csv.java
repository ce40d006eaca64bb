package org.caremarket.platform.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV (quoted fields, doubled quotes inside them). The data files the
 * product reads (ONS postcode lookups, CQC directories) keep each record on one line.
 */
public final class Csv {

    private Csv() {
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The position of the first header that matches one of the names (case-insensitive), or -1. */
    public static int column(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().replace("\uFEFF", "").equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
