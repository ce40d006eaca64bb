package org.caremarket.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Open Referral UK profile's JSON schemas (src/test/resources/oruk, CC BY-SA 4.0: see PROVENANCE.md there), read
 * as JSON Schema 2020-12 with {@code format} asserted (uuid, uri, email, date-time), which the national validator
 * also asserts and the 2020-12 default only annotates. A feed answer that breaks one is a failing test.
 */
final class OrukSchemas {

    static final String PAGE_SERVICES = "test-envelopes/page_services.json";
    static final String PAGE_SERVICE_AT_LOCATIONS = "test-envelopes/page_service_at_locations.json";
    static final String PAGE_ORGANIZATIONS = "test-envelopes/page_organizations.json";
    static final String PAGE_TAXONOMIES = "test-envelopes/page_taxonomies.json";
    static final String PAGE_TAXONOMY_TERMS = "test-envelopes/page_taxonomy_terms.json";
    static final String SERVICE = "uk-profile/schema/compiled/service.json";
    static final String SERVICE_AT_LOCATION = "uk-profile/schema/compiled/service_at_location.json";
    static final String ORGANIZATION = "uk-profile/schema/compiled/organization.json";
    static final String TAXONOMY = "uk-profile/schema/taxonomy.json";
    static final String VALIDATOR_TAXONOMY = "validator-V3.0-UK/taxonomy.json";
    static final String TAXONOMY_TERM = "uk-profile/schema/taxonomy_term.json";
    static final String API_DETAILS = "validator-V3.0-UK/api_details.json";
    static final String CAPACITY = "hsds-3.1-dev/service_capacity.json";

    static final ObjectMapper JSON = new ObjectMapper();

    static final String VALIDATOR_SCHEMAS =
            "https://raw.githubusercontent.com/tpximpact/OpenReferralApi/refs/heads/main/OpenReferralApi/Schemas/V3.0-UK/";

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    static final String MAILBOX = "^" + ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+$";

    private static final JsonSchemaFactory FACTORY;
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    static {
        // the profile's own keywords (datapackage and tabular metadata) say nothing about JSON answers
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012());
        for (String keyword : List.of("name", "path", "datapackage_metadata", "datapackage_type", "constraints", "core",
                "example", "tabular_required")) {
            meta.keyword(new NonValidationKeyword(keyword));
        }
        // "email" is RFC 5321's Mailbox, checked by its syntax (a dot-string at a domain); the library's own check also
        // wants a top-level domain in IANA's list, which the demo market's reserved .example addresses (RFC 2606) are not
        meta.format(com.networknt.schema.format.PatternFormat.of("email", MAILBOX, "format.email"));
        JsonMetaSchema profile = meta.build();
        FACTORY = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
                .metaSchema(profile).defaultMetaSchemaIri(profile.getIri())
                // the national validator's spec names its schemas by their GitHub addresses: read the copies here
                .schemaMappers(m -> m.mapPrefix(VALIDATOR_SCHEMAS, "classpath:oruk/validator-V3.0-UK/")).build();
    }

    private OrukSchemas() {
    }

    /** What is wrong with the JSON text by the schema (a path under src/test/resources/oruk): nothing when it is valid. */
    static List<String> problems(String schema, String json) {
        try {
            return problems(schema, JSON.readTree(json));
        } catch (java.io.IOException notJson) {
            return List.of("not JSON: " + notJson.getMessage());
        }
    }

    /**
     * What is wrong with the JSON by a schema given inline in the national validator's own OpenAPI document (whose
     * {@code #/components/…} references it may hold).
     */
    static List<String> problemsByValidatorSpec(JsonNode responseSchema, JsonNode openApi, JsonNode json) {
        com.fasterxml.jackson.databind.node.ObjectNode schema = responseSchema.deepCopy();
        schema.set("components", openApi.get("components"));
        JsonSchema loaded = FACTORY.getSchema(SchemaLocation.of("classpath:oruk/validator-V3.0-UK/open_api.json"), schema, CONFIG);
        List<String> found = new ArrayList<>();
        for (ValidationMessage message : loaded.validate(json)) {
            found.add("validator spec: " + message.getMessage());
        }
        return found;
    }

    static List<String> problems(String schema, JsonNode json) {
        JsonSchema loaded = LOADED.computeIfAbsent(schema,
                s -> FACTORY.getSchema(SchemaLocation.of("classpath:oruk/" + s), CONFIG));
        List<String> found = new ArrayList<>();
        for (ValidationMessage message : loaded.validate(json)) {
            found.add(schema + ": " + message.getMessage());
        }
        return found;
    }
}
