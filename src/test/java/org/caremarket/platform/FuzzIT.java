package org.caremarket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caremarket.Api;
import org.caremarket.access.AuthorizationMatrixIT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Malformed requests derived from the OpenAPI document, to every operation, with a key that may call it: wrong
 * types, huge strings, unicode, missing and null fields, bad enums, negative and absurd numbers, bad postcodes, bad
 * ETags, absurd page sizes, broken JSON. None may get a 5xx, every error must be a problem+json, no request that
 * the published contract plainly calls invalid ({@link Contract}) may get a 2xx, and records the fuzz aims at with
 * real ids must be unchanged unless a request to change them was accepted — checked after every refused change
 * aimed at one (some of them sent with the record's current ETag, so that only the body can refuse them).
 */
class FuzzIT {

    static final int PER_OPERATION = 220;
    static final List<String> JUNK = List.of("", " ", "abc", "-1", "0", "-0.5", "1e309", "99999999999999999999999", "NaN",
            "null", "true", "ŁÓDŹ 😀", "x".repeat(5000), "' OR 1=1 --", "2026-02-30", "2026-13-01T99:00:00Z", "LS6",
            "LS6 2AA", "ZZ9 9ZZ", "SW1A1AA", "E99999999", "E08000035", "MON:MORNING", "lower_case", "NURSING_DEMENTIA",
            "100000", "12.345", "\u202e\u0000x", "\t\n", "../../etc/passwd", "%", "{}", "[]");
    static final List<Object> VALUES = new ArrayList<>(List.of(-1, 0, 1, -99999999999L, 1e308, 12.345, true, false, "",
            "x".repeat(3000), "ŁÓDŹ 😀", "2026-02-30", "NOPE", "ZZ9 9ZZ", List.of(), List.of("NOPE"), Map.of(),
            Map.of("a", 1)));

    static {
        VALUES.add(null);
    }

    private final Random random = new Random(20261129);
    private final Map<String, Object> spec = load();
    private final Contract contract = new Contract(this::resolve);

    /** A request body and what the contract says is wrong with it. */
    private record Body(String json, List<String> violations) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("project.basedir", "."), "openapi", "openapi.yaml"))) {
            return new Yaml().load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One key per role (the demo keys); PUBLIC operations are called without one. */
    static final Map<String, String> KEYS = Map.of("ADMIN", "cm_demo_admin", "COMMISSIONER", "cm_demo_commissioner_leeds",
            "BROKER", "cm_demo_broker_leeds", "PROVIDER", "cm_demo_provider", "ASSISTANT", "cm_demo_assistant",
            "PERSON", "cm_demo_person");

    @Test
    @DisplayName("R0.8 at least 10,000 malformed requests to every operation: no 5xx, every error a problem, nothing changed by a refusal")
    @SuppressWarnings("unchecked")
    void fuzz() {
        Map<String, Set<String>> rules = AuthorizationMatrixIT.table();
        Map<String, String> realIds = realIds();
        Map<String, String> before = snapshot(realIds);
        Map<String, Integer> accepted = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int serverErrors = 0;
        int invalidSent = 0;
        int refusalsChecked = 0;
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                String operation = method + " " + path.getKey();
                Set<String> roles = rules.get(operation);
                String key = roles.contains("PUBLIC") ? null : roles.contains("ADMIN") ? KEYS.get("ADMIN")
                        : KEYS.get(roles.iterator().next());
                Map<String, Object> details = (Map<String, Object>) op.getValue();
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) details.getOrDefault("parameters", List.of());
                boolean hasBody = details.containsKey("requestBody");
                // an operation with nothing to vary (a backup) is called a few times, not 170
                int times = parameters.isEmpty() && !hasBody && !path.getKey().contains("{") ? 3 : PER_OPERATION;
                for (int i = 0; i < times; i++) {
                    String target = path.getKey();
                    String realTarget = null;
                    StringBuilder query = new StringBuilder();
                    List<String> violations = new ArrayList<>();
                    for (Map<String, Object> p : parameters) {
                        Map<String, Object> param = resolve(p);
                        String name = (String) param.get("name");
                        if ("path".equals(param.get("in"))) {
                            String value;
                            if (realIds.containsKey(path.getKey()) && random.nextInt(3) == 0) {
                                value = realIds.get(path.getKey());
                                realTarget = value;
                            } else {
                                // control characters and encoded slashes in a path are refused by Liberty's web container
                                // before the application sees them, with its own page (issue 7 notes it): not fuzzed here
                                value = random.nextBoolean() ? java.util.UUID.randomUUID().toString()
                                        : pick(JUNK).replaceAll("[\\p{Cntrl}/%]", "");
                            }
                            target = target.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
                        } else if ("query".equals(param.get("in")) && random.nextInt(3) > 0) {
                            int repeat = 1 + (random.nextInt(5) == 0 ? 2 : 0);
                            List<String> values = new ArrayList<>();
                            for (int r = 0; r < repeat; r++) {
                                values.add(pick(JUNK));
                                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(values.get(r)));
                            }
                            violations.addAll(contract.queryViolations(name, values,
                                    (Map<String, Object>) param.getOrDefault("schema", Map.of())));
                        }
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(target + query));
                    if (key != null) {
                        request.header("Authorization", "Bearer " + key);
                    }
                    Body made = hasBody ? body(details) : null;
                    String body = made == null ? null : made.json();
                    if (made != null) {
                        violations.addAll(made.violations());
                    }
                    String was = realTarget != null && !method.equals("GET") ? snapshot(realIds, realTarget) : null;
                    if (was != null && method.equals("PUT") && !violations.isEmpty() && random.nextBoolean()) {
                        // the record's current ETag: only the invalid body stands between this request and a change
                        request.header("If-Match", currentTag(path.getKey(), realTarget));
                    } else if (Set.of("PUT", "DELETE").contains(method) && random.nextInt(4) > 0) {
                        // never a version a record can have, so that a change to a real record is always refused
                        request.header("If-Match", pick(List.of("garbage", "W/\"x\"", "\"99999999999999999999\"", "\"-1\"", "\"\"", "\"0\", W/\"1\"")));
                    }
                    switch (method) {
                        case "GET" -> request.GET();
                        case "DELETE" -> request.DELETE();
                        default -> request.header("Content-Type", "application/json")
                                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
                    }
                    Api.Reply reply = Api.send(request);
                    sent++;
                    int status = reply.status();
                    if (status >= 500) {
                        serverErrors++;
                    }
                    if (status >= 500 || (status >= 400 && !reply.contentType().startsWith("application/problem+json"))) {
                        failures.add(operation + " → " + status + " " + reply.contentType() + " for " + target + query
                                + (body == null ? "" : " " + abbreviate(body)) + ": " + abbreviate(reply.body()));
                    }
                    if (status < 300 && reply.contentType().startsWith("application/json") && reply.body().contains("\"results\"")) {
                        // an upload of many: an element the contract calls invalid must be refused in its own result
                        List<String> whole = violations.stream().filter(v -> !v.startsWith("body[")).toList();
                        for (JsonObject result : reply.json().getJsonArray("results").getValuesAs(JsonObject.class)) {
                            String element = "body[" + result.getInt("row") + "]";
                            if (result.getInt("status") < 300 && violations.stream().anyMatch(v -> v.startsWith(element + ".")
                                    || v.startsWith(element + ":"))) {
                                failures.add(operation + " accepted element " + element + " though the contract says "
                                        + violations + ": " + abbreviate(body));
                            }
                        }
                        violations = whole;
                    }
                    if (!violations.isEmpty()) {
                        invalidSent++;
                        if (status < 300) {
                            failures.add(operation + " → " + status + " though the contract says " + violations + ": "
                                    + target + query + (body == null ? "" : " " + abbreviate(body)));
                        }
                    }
                    if (status < 300 && Set.of("PUT", "DELETE").contains(method) && realTarget != null) {
                        accepted.merge(realTarget, 1, Integer::sum);
                    } else if (was != null && status >= 400) {
                        refusalsChecked++;
                        if (!was.equals(snapshot(realIds, realTarget))) {
                            failures.add(operation + " → " + status + " changed record " + realTarget + ": " + target
                                    + (body == null ? "" : " " + abbreviate(body)));
                        }
                    }
                }
            }
        }
        Map<String, String> after = snapshot(realIds);
        int unchanged = 0;
        for (Map.Entry<String, String> record : before.entrySet()) {
            if (!accepted.containsKey(record.getKey())) {
                if (!record.getValue().equals(after.get(record.getKey()))) {
                    failures.add("record " + record.getKey() + " changed though every request to change it was refused");
                }
                unchanged++;
            }
        }
        long notProblems = failures.stream().filter(f -> f.contains(" application/") || f.contains(" text/")).count();
        long acceptedInvalid = failures.stream().filter(f -> f.contains("though the contract says")).count();
        long changedOnRefusal = failures.stream().filter(f -> f.contains(" changed record ")).count();
        System.out.printf("fuzz: %d malformed requests to %d operations (%d invalid by the contract); 5xx: %d; errors that "
                        + "were not problem+json: %d; invalid requests accepted: %d; records changed by a refused request: %d "
                        + "of %d refusals checked, and %d records unchanged at the end%n", sent, rules.size(), invalidSent,
                serverErrors, notProblems, acceptedInvalid, changedOnRefusal, refusalsChecked, unchanged);
        failures.stream().limit(40).forEach(f -> System.out.println("fuzz failure: " + f));
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), () -> failures.size() + " failures");
        assertTrue(sent >= 10_000, "sent " + sent);
    }

    /** Real ids for the operations that change a record the fuzz can then check: a demo service, provider and PA. */
    private Map<String, String> realIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonObject service = Api.get("/api/services?council=E08000035&kind=CARE_HOME_NURSING&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        for (String p : List.of("/api/services/{id}", "/api/services/{id}/vacancies")) {
            ids.put(p, service.getString("id"));
        }
        ids.put("/api/providers/{id}", service.getString("providerId"));
        String pa = Api.get("/api/assistants/me", "cm_demo_assistant").json().getString("id");
        for (String p : List.of("/api/assistants/{id}", "/api/assistants/{id}/verification")) {
            ids.put(p, pa);
        }
        return ids;
    }

    /** What the records look like (their ETags and bodies), by id. */
    private static Map<String, String> snapshot(Map<String, String> ids) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String id : Set.copyOf(ids.values())) {
            seen.put(id, snapshot(ids, id));
        }
        return seen;
    }

    /** One record as an ADMIN reads it: status, ETag and body (a service's with its vacancy report's). */
    private static String snapshot(Map<String, String> ids, String id) {
        String path = ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey()
                .replace("/verification", "").replace("/vacancies", "").replace("{id}", id);
        Api.Reply reply = Api.get(path, "cm_demo_admin");
        String text = reply.status() + " " + reply.header("ETag").orElse("") + " " + reply.body();
        if (path.startsWith("/api/services/")) {
            Api.Reply vacancies = Api.get(path + "/vacancies", "cm_demo_admin");
            text += " " + vacancies.header("ETag").orElse("") + " " + vacancies.body();
        }
        return text;
    }

    /** The current ETag of what the operation at {@code path} changes (a service's vacancy report, or the record). */
    private static String currentTag(String path, String id) {
        String read = path.replace("/verification", "").replace("{id}", id);
        return Api.get(read, "cm_demo_admin").header("ETag").orElse("\"0\"");
    }

    /** A body for the operation: broken JSON, or the schema's properties with one to three of them made wrong. */
    @SuppressWarnings("unchecked")
    private Body body(Map<String, Object> operation) {
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        Map<String, Object> schema = resolve((Map<String, Object>) media.get("schema"));
        if (random.nextInt(8) == 0) {
            String junk = pick(List.of("{", "[]", "null", "\"text\"", "{\"a\":", "[{}]", "12", "{\"\u0000\":1}", "x".repeat(100)));
            boolean required = Boolean.TRUE.equals(requestBody.get("required"));
            Object parsed;
            try {
                parsed = JSONB.fromJson(junk, Object.class);
            } catch (jakarta.json.bind.JsonbException notJson) {
                return new Body(junk, List.of("body: " + junk + " is not JSON"));
            }
            if (parsed == null) {
                return new Body(junk, required ? List.of("body: required, but null") : List.of());
            }
            return new Body(junk, media == content.get("application/json") ? contract.violations(parsed, schema) : List.of());
        }
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Map<String, Object> value = new LinkedHashMap<>();
        for (Map.Entry<String, Object> prop : props.entrySet()) {
            Object example = ((Map<String, Object>) resolve((Map<String, Object>) prop.getValue())).get("example");
            if (example != null || random.nextBoolean()) {
                value.put(prop.getKey(), example != null ? example : pick(VALUES));
            }
        }
        List<String> names = new ArrayList<>(props.keySet());
        for (int i = 0, n = 1 + random.nextInt(3); i < n && !names.isEmpty(); i++) {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                value.remove(name);
            } else {
                value.put(name, pick(VALUES));
            }
        }
        if (random.nextInt(10) == 0) {
            // a typo of a real field: the API refuses fields it does not have
            value.put(names.isEmpty() ? "unexpected" : names.get(random.nextInt(names.size())) + "s", pick(VALUES));
        }
        String json = JSONB.toJson(value);
        List<String> violations = media == content.get("application/json") ? contract.violations(value, schema) : List.of();
        return new Body(json, violations);
    }

    private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Object at = spec;
        for (String part : ((String) ref).substring(2).split("/")) {
            at = ((Map<String, Object>) at).get(part);
        }
        return resolve((Map<String, Object>) at);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
