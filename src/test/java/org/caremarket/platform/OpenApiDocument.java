package org.caremarket.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caremarket.Api;
import org.yaml.snakeyaml.Yaml;

/** The contract as the server serves it at {@code /openapi}, and what tests look up in it. */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** A query parameter of a GET operation whose values are an enum (directly, by reference, or as list items). */
    record EnumParameter(String path, String name, List<String> values) {
    }

    static Map<String, Object> served() {
        Api.Reply reply = Api.get("/openapi");
        if (reply.status() != 200) {
            throw new AssertionError("/openapi answered " + reply.status());
        }
        return new Yaml().load(reply.body());
    }

    @SuppressWarnings("unchecked")
    static List<EnumParameter> enumQueryParameters(Map<String, Object> spec) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        List<EnumParameter> found = new ArrayList<>();
        ((Map<String, Object>) spec.get("paths")).forEach((path, item) -> {
            Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) item).get("get");
            if (get == null || get.get("parameters") == null) {
                return;
            }
            for (Map<String, Object> parameter : (List<Map<String, Object>>) get.get("parameters")) {
                if (!"query".equals(parameter.get("in")) || parameter.get("schema") == null) {
                    continue;
                }
                List<String> values = enumValues((Map<String, Object>) parameter.get("schema"), schemas);
                if (values != null) {
                    found.add(new EnumParameter(path, (String) parameter.get("name"), values));
                }
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumValues(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema.get("$ref") instanceof String ref) {
            return enumValues((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        if (schema.get("enum") instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            return enumValues((Map<String, Object>) items, schemas);
        }
        if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            return enumValues((Map<String, Object>) all.get(0), schemas);
        }
        return null;
    }
}
