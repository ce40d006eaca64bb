package org.caremarket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yaml.snakeyaml.Yaml;

/**
 * The published contract, {@code openapi/openapi.yaml}, must be what the server serves. After an
 * API change, regenerate it with {@code mvn verify -Dopenapi.update=true} and review the diff.
 */
class OpenApiIT {

    private static final Path CONTRACT = Path.of(System.getProperty("project.basedir", "."), "openapi", "openapi.yaml");

    @Test
    @DisplayName("R0.7 openapi/openapi.yaml equals the document served at /openapi")
    void contractMatchesServer() throws IOException {
        Api.Reply served = Api.get("/openapi");
        assertEquals(200, served.status());
        if (Boolean.getBoolean("openapi.update")) {
            // never overwrite the contract with the near-empty document of an application that failed to start
            Map<String, Object> candidate = new Yaml().load(served.body());
            assertTrue(candidate.get("paths") instanceof Map<?, ?> paths && paths.size() >= 12,
                    "the served document lists hardly any paths (did the application start?); the contract is left as it was");
            Files.writeString(CONTRACT, served.body());
        }
        assertTrue(Files.exists(CONTRACT), "missing " + CONTRACT + ": run mvn verify -Dopenapi.update=true");
        Map<String, Object> published = new Yaml().load(Files.readString(CONTRACT));
        Map<String, Object> live = new Yaml().load(served.body());
        assertEquals(published, live, "openapi/openapi.yaml differs from the served document; "
                + "regenerate it with mvn verify -Dopenapi.update=true and review the diff");
    }

    @Test
    @DisplayName("R0.7 every operation has an operationId, a summary and problem responses for its errors")
    void everyOperationDescribed() {
        Map<String, Object> live = new Yaml().load(Api.get("/openapi").body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) live.get("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                String where = operation.getKey() + " " + path.getKey();
                assertTrue(operation.getValue().containsKey("operationId"), where + " has no operationId");
                assertTrue(operation.getValue().containsKey("summary"), where + " has no summary");
                assertTrue(operation.getValue().containsKey("responses"), where + " has no responses");
                operations++;
            }
        }
        assertTrue(operations >= 12, "operations described: " + operations);
    }

    @Test
    @DisplayName("R0.21 every field the server requires (@NotNull, @NotBlank, @NotEmpty) is required in its schema")
    @SuppressWarnings("unchecked")
    void requiredFieldsAreRequired() throws IOException, ClassNotFoundException {
        Map<String, Object> live = new Yaml().load(Api.get("/openapi").body());
        Map<String, Map<String, Object>> schemas =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) live.get("components")).get("schemas");
        Path classes = Path.of(System.getProperty("project.basedir", "."), "target", "classes");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("org/caremarket"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/boundary/")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isRecord()) {
                    continue;
                }
                Schema annotation = type.getAnnotation(Schema.class);
                String schemaName = annotation != null && !annotation.name().isEmpty() ? annotation.name() : type.getSimpleName();
                Map<String, Object> schema = schemas.get(schemaName);
                for (RecordComponent component : type.getRecordComponents()) {
                    Field field = type.getDeclaredField(component.getName());
                    if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                            || field.isAnnotationPresent(NotEmpty.class)) {
                        checked++;
                        List<String> required = schema == null ? List.of() : (List<String>) schema.getOrDefault("required", List.of());
                        if (schema == null || !required.contains(component.getName())) {
                            missing.add(schemaName + "." + component.getName());
                        }
                    }
                }
            }
        } catch (NoSuchFieldException impossible) {
            throw new AssertionError(impossible);
        }
        assertTrue(checked >= 20, "required fields checked: " + checked);
        assertEquals(List.of(), missing, "fields the server requires that the contract leaves optional");
    }

    @Test
    @DisplayName("R0.21 each enum of the bodies is one named schema, and every pattern is one ECMAScript tools can read")
    @SuppressWarnings("unchecked")
    void enumsNamedAndPatternsPortable() {
        Map<String, Object> live = new Yaml().load(Api.get("/openapi").body());
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) live.get("components")).get("schemas");
        List<String> inline = new ArrayList<>();
        for (var schema : schemas.entrySet()) {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schema.getValue()).get("properties");
            if (properties != null) {
                properties.forEach((name, property) -> collect(property, schema.getKey() + "." + name, "enum", inline));
            }
        }
        assertEquals(List.of(), inline, "enums written out inline instead of a $ref to one named schema");
        List<String> patterns = new ArrayList<>();
        collect(live, "", "pattern", patterns);
        List<String> javaOnly = patterns.stream()
                .filter(p -> Stream.of("\\p{", "\\P{", "\\A", "\\Z", "\\z", "\\h", "\\R", "(?i", "(?>", "*+", "++", "?+")
                        .anyMatch(p::contains))
                .toList();
        assertTrue(patterns.size() >= 20, "patterns found: " + patterns.size());
        assertEquals(List.of(), javaOnly, "patterns ECMAScript cannot read (use @UnicodePattern and describe the rule)");
    }

    /** Every value of {@code key} in the tree under {@code node}: the path for "enum", the value for "pattern". */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, String path, String key, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey(key)) {
                found.add(key.equals("enum") ? path : String.valueOf(map.get(key)));
            }
            ((Map<String, Object>) map).forEach((name, child) -> collect(child, path + "/" + name, key, found));
        } else if (node instanceof List<?> list) {
            list.forEach(child -> collect(child, path, key, found));
        }
    }
}
