package org.caremarket.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the API, every role and no key at all, against one table of who may call what.
 * An allowed caller may still get 400 or 404 (the requests carry an empty body and ids that do not
 * exist), but never 401 or 403; anyone else gets 403, and no key gets 401, unless the operation is
 * public.
 */
public class AuthorizationMatrixIT {

    /** Operation → the roles that may call it, or PUBLIC. Keep it in step with the API: a missing row fails. */
    private static final String TABLE = """
            GET    /api/assistants/cost                               PUBLIC
            GET    /api/assistants/me                                 ASSISTANT
            PUT    /api/assistants/me                                 ASSISTANT
            GET    /api/assistants/search                             ADMIN BROKER PERSON
            GET    /api/assistants/supply                             ADMIN COMMISSIONER
            GET    /api/assistants/{id}                               ADMIN COMMISSIONER BROKER ASSISTANT PERSON
            POST   /api/assistants/{id}/introductions                 BROKER PERSON
            PUT    /api/assistants/{id}/verification                  ADMIN
            DELETE /api/assistants/{id}/verification                  ADMIN
            GET    /api/audit                                         ADMIN
            GET    /api/brokerage/metrics                             ADMIN COMMISSIONER BROKER
            GET    /api/cqc/alerts                                    ADMIN COMMISSIONER BROKER
            GET    /api/imports                                       ADMIN
            POST   /api/imports/cqc-changes                           ADMIN
            POST   /api/imports/cqc-directory                         ADMIN
            POST   /api/imports/cqc-locations                         ADMIN
            GET    /api/imports/{id}                                  ADMIN
            GET    /api/care-packages                                 ADMIN COMMISSIONER BROKER PERSON
            POST   /api/care-packages                                 ADMIN BROKER PERSON
            GET    /api/care-packages/{id}                            ADMIN COMMISSIONER BROKER PERSON
            POST   /api/care-packages/{id}/award                      ADMIN BROKER PERSON
            POST   /api/care-packages/{id}/cancel                     ADMIN BROKER PERSON
            GET    /api/care-packages/{id}/matches                    ADMIN COMMISSIONER BROKER PERSON
            POST   /api/care-packages/{id}/offers                     ADMIN BROKER PERSON
            POST   /api/care-packages/{id}/offers/{offerId}/withdraw  ADMIN BROKER PERSON
            POST   /api/care-packages/{id}/unsourced                  ADMIN BROKER PERSON
            GET    /api/councils                                      PUBLIC
            GET    /api/councils/{code}                               PUBLIC
            GET    /api/keys                                          ADMIN PROVIDER
            POST   /api/keys                                          ADMIN
            GET    /api/introductions                                 ADMIN BROKER ASSISTANT PERSON
            GET    /api/introductions/{id}                            ADMIN BROKER ASSISTANT PERSON
            POST   /api/introductions/{id}/accept                     ASSISTANT
            POST   /api/introductions/{id}/decline                    ASSISTANT
            POST   /api/introductions/{id}/withdraw                   BROKER PERSON
            DELETE /api/keys/{id}                                     ADMIN PROVIDER
            POST   /api/keys/{id}/rotation                            ADMIN PROVIDER
            GET    /api/offers                                        ADMIN PROVIDER
            GET    /api/offers/{id}                                   ADMIN COMMISSIONER BROKER PROVIDER PERSON
            POST   /api/offers/{id}/accept                            ADMIN PROVIDER
            POST   /api/offers/{id}/decline                           ADMIN PROVIDER
            POST   /api/operations/backups                            ADMIN
            GET    /api/operations/process                            ADMIN
            GET    /api/postcodes/{postcode}                          PUBLIC
            GET    /api/providers                                     PUBLIC
            POST   /api/providers                                     ADMIN
            GET    /api/providers/{id}                                PUBLIC
            PUT    /api/providers/{id}                                ADMIN PROVIDER
            GET    /api/services                                      PUBLIC
            POST   /api/services                                      ADMIN PROVIDER
            GET    /api/services/{id}                                 PUBLIC
            PUT    /api/services/{id}                                 ADMIN PROVIDER
            DELETE /api/services/{id}                                 ADMIN PROVIDER
            GET    /api/services/{id}/vacancies                       PUBLIC
            PUT    /api/services/{id}/vacancies                       ADMIN PROVIDER
            GET    /api/services/{id}/vacancies/history               ADMIN COMMISSIONER BROKER PROVIDER
            GET    /api/sufficiency/councils/{council}/dashboard      ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/indicators     ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/indicators.csv ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/localities     ADMIN COMMISSIONER
            PUT    /api/sufficiency/councils/{council}/localities/{name}  ADMIN COMMISSIONER
            DELETE /api/sufficiency/councils/{council}/localities/{name}  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/projections    ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/projections.csv  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/rating-grid    ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/rating-grid.csv  ADMIN COMMISSIONER
            PUT    /api/sufficiency/councils/{council}/rating-grid/{market}/{dimension}  ADMIN COMMISSIONER
            DELETE /api/sufficiency/councils/{council}/rating-grid/{market}/{dimension}  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/reference-figures  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/reference-figures.csv  ADMIN COMMISSIONER
            PUT    /api/sufficiency/councils/{council}/reference-figures/{code}  ADMIN COMMISSIONER
            DELETE /api/sufficiency/councils/{council}/reference-figures/{code}  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/snapshots      ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/snapshots.csv  ADMIN COMMISSIONER
            GET    /api/sufficiency/councils/{council}/statements     PUBLIC
            POST   /api/sufficiency/councils/{council}/statements     ADMIN COMMISSIONER
            GET    /api/sufficiency/national-figures                  PUBLIC
            POST   /api/sufficiency/population                        ADMIN
            GET    /api/sufficiency/population/{council}              PUBLIC
            GET    /api/sufficiency/population/{council}.csv          PUBLIC
            GET    /api/sufficiency/statements/{id}                   PUBLIC
            PUT    /api/sufficiency/statements/{id}                   ADMIN COMMISSIONER
            GET    /api/sufficiency/statements/{id}/files/{name}      PUBLIC
            POST   /api/sufficiency/statements/{id}/publish           ADMIN COMMISSIONER
            GET    /api/sufficiency/statements/{id}/statement.html    PUBLIC
            POST   /api/vacancies/bulk                                ADMIN PROVIDER
            GET    /api/vacancies/capacity-tracker.csv                ADMIN COMMISSIONER
            GET    /api/vacancies/stale                               ADMIN COMMISSIONER
            GET    /oruk                                              PUBLIC
            GET    /oruk/organizations                                PUBLIC
            GET    /oruk/organizations/{id}                           PUBLIC
            GET    /oruk/service_at_locations                         PUBLIC
            GET    /oruk/service_at_locations/{id}                    PUBLIC
            GET    /oruk/services                                     PUBLIC
            GET    /oruk/services/{id}                                PUBLIC
            GET    /oruk/taxonomies                                   PUBLIC
            GET    /oruk/taxonomies/{id}                              PUBLIC
            GET    /oruk/taxonomy_terms                               PUBLIC
            GET    /oruk/taxonomy_terms/{id}                          PUBLIC
            """;

    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("ADMIN", "cm_demo_admin");
        KEYS.put("COMMISSIONER", "cm_demo_commissioner_leeds");
        KEYS.put("BROKER", "cm_demo_broker_leeds");
        KEYS.put("PROVIDER", "cm_demo_provider");
        KEYS.put("ASSISTANT", "cm_demo_assistant");
        KEYS.put("PERSON", "cm_demo_person");
    }

    /** Operation → the roles that may call it (or PUBLIC), as the table says. */
    public static Map<String, Set<String>> table() {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            rows.put(parts[0] + " " + parts[1], new TreeSet<>(Arrays.asList(parts).subList(2, parts.length)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operations() throws Exception {
        Path contract = Path.of(System.getProperty("project.basedir", "."), "openapi", "openapi.yaml");
        Map<String, Object> document;
        try (InputStream in = Files.newInputStream(contract)) {
            document = new Yaml().load(in);
        }
        Set<String> operations = new TreeSet<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    @Test
    @DisplayName("R3.7 the table has a row for every operation the OpenAPI document lists, and no other")
    void everyOperationHasARule() throws Exception {
        assertEquals(operations(), new TreeSet<>(table().keySet()));
    }

    @Test
    @DisplayName("R3.7 R3.2 every operation, every role and no key: allowed roles pass, other roles 403, no key 401")
    void matrix() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> row : table().entrySet()) {
            String method = row.getKey().split(" ")[0];
            String path = row.getKey().split(" ")[1].replace("{postcode}", "LS14AP").replace("{code}", "E08000035")
                    .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            boolean open = row.getValue().contains("PUBLIC");
            Map<String, String> callers = new LinkedHashMap<>(KEYS);
            callers.put("NONE", null);
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int status = send(method, path, caller.getValue());
                boolean allowed = open || row.getValue().contains(caller.getKey());
                boolean ok = allowed ? status != 401 && status != 403 && status < 500
                        : status == (caller.getValue() == null ? 401 : 403);
                if (!ok) {
                    wrong.add(row.getKey() + " as " + caller.getKey() + ": " + status + (allowed ? " (allowed)" : " (refused)"));
                }
                checked++;
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertEquals(table().size() * 7, checked);
    }

    private static int send(String method, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}");
        switch (method) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", "application/json").method(method, body);
        }
        return Api.send(request).status();
    }
}
