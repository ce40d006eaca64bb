package org.caremarket.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the published contract says is invalid, for the fuzzer to know when a 2xx was wrong. It names only what
 * is plainly against a schema — a value of another JSON type, a whole number with a fraction, a number outside
 * minimum/maximum, text longer than maxLength, a value not in an enum, more items than maxItems, a property the
 * schema does not have (the API refuses unknown fields), a required property missing or null — never a rule
 * the schema cannot express, so a violation it reports is one the server must refuse.
 */
final class Contract {

    private final UnaryOperator<Map<String, Object>> resolve;

    Contract(UnaryOperator<Map<String, Object>> resolve) {
        this.resolve = resolve;
    }

    /** The violations of {@code value} against {@code schema}, each as "where: what". */
    List<String> violations(Object value, Map<String, Object> schema) {
        List<String> found = new ArrayList<>();
        check(value, schema, "body", found);
        return found;
    }

    /** A query parameter's text against its schema (strings as sent; numbers must parse). */
    List<String> queryViolations(String name, List<String> values, Map<String, Object> schema) {
        List<String> found = new ArrayList<>();
        Map<String, Object> s = resolve.apply(schema);
        if (values.size() > 1 && !"array".equals(s.get("type"))) {
            found.add(name + ": sent " + values.size() + " times, but it takes one value");
        }
        for (String text : values) {
            Object typed = text;
            String type = (String) s.get("type");
            if ("integer".equals(type)) {
                if (!text.matches("-?[0-9]{1,18}")) {
                    found.add(name + ": '" + text + "' is not a whole number");
                    continue;
                }
                typed = Long.parseLong(text);
            } else if ("number".equals(type)) {
                try {
                    typed = Double.parseDouble(text);
                    if (!Double.isFinite((Double) typed) || !text.matches("-?[0-9.eE+-]+")) {
                        found.add(name + ": '" + text + "' is not a number");
                        continue;
                    }
                } catch (NumberFormatException notANumber) {
                    found.add(name + ": '" + text + "' is not a number");
                    continue;
                }
            } else if ("boolean".equals(type)) {
                if (!text.equals("true") && !text.equals("false")) {
                    found.add(name + ": '" + text + "' is not true or false");
                }
                continue;
            } else if (!"string".equals(type)) {
                continue;
            }
            check(typed, s, name, found);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private void check(Object value, Map<String, Object> raw, String where, List<String> found) {
        Map<String, Object> schema = resolve.apply(raw);
        if (schema.containsKey("allOf") || schema.containsKey("oneOf") || schema.containsKey("anyOf")) {
            return;
        }
        if (value == null) {
            return;
        }
        String type = (String) schema.get("type");
        if (type == null && schema.containsKey("properties")) {
            type = "object";
        }
        if (type == null) {
            return;
        }
        switch (type) {
            case "string" -> {
                if (!(value instanceof String text)) {
                    found.add(where + ": " + value + " is not text");
                    return;
                }
                if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(text)) {
                    found.add(where + ": '" + clip(text) + "' is not one of " + allowed);
                }
                if (schema.get("maxLength") instanceof Number max && text.codePointCount(0, text.length()) > max.intValue()) {
                    found.add(where + ": longer than " + max);
                }
            }
            case "integer", "number" -> {
                if (!(value instanceof Number number) || value instanceof Boolean) {
                    found.add(where + ": " + clip(String.valueOf(value)) + " is not a number");
                    return;
                }
                double d = number.doubleValue();
                if ("integer".equals(type) && (value instanceof Double || value instanceof Float) && d != Math.rint(d)) {
                    found.add(where + ": " + value + " is not a whole number");
                }
                if ("integer".equals(type) && (value instanceof Double || value instanceof Float) && Math.abs(d) > 1e18) {
                    found.add(where + ": " + value + " is out of range");
                }
                if ("int32".equals(schema.get("format")) && (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE)) {
                    found.add(where + ": " + value + " does not fit a 32-bit whole number");
                }
                if (schema.get("minimum") instanceof Number min && d < min.doubleValue()) {
                    found.add(where + ": " + value + " is below the minimum " + min);
                }
                if (schema.get("maximum") instanceof Number max && d > max.doubleValue()) {
                    found.add(where + ": " + value + " is above the maximum " + max);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    found.add(where + ": " + clip(String.valueOf(value)) + " is not true or false");
                }
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    found.add(where + ": " + clip(String.valueOf(value)) + " is not a list");
                    return;
                }
                if (schema.get("maxItems") instanceof Number max && list.size() > max.intValue()) {
                    found.add(where + ": more than " + max + " items");
                }
                if (schema.get("items") instanceof Map<?, ?> items) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) == null) {
                            continue;
                        }
                        check(list.get(i), (Map<String, Object>) items, where + "[" + i + "]", found);
                    }
                }
            }
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    found.add(where + ": " + clip(String.valueOf(value)) + " is not an object");
                    return;
                }
                Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                if (props.isEmpty()) {
                    return;
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    Object prop = props.get((String) e.getKey());
                    if (prop == null) {
                        found.add(where + "." + e.getKey() + ": not a property of the schema");
                    } else {
                        check(e.getValue(), (Map<String, Object>) prop, where + "." + e.getKey(), found);
                    }
                }
                for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                    if (map.get(required) == null) {
                        found.add(where + "." + required + ": required, but " + (map.containsKey(required) ? "null" : "missing"));
                    }
                }
            }
            default -> {
            }
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
