package org.caremarket.oruk.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The feed in the published OpenAPI document (the feed is a servlet, so no JAX-RS annotation describes it):
 * registered as {@code mp.openapi.model.reader}, merged with what the annotations say of {@code /api}. The records
 * are described by their main fields; the ORUK profile's schemas (linked) say the rest.
 */
public class OpenReferralDescription implements OASModelReader {

    static final String TAG = "Open Referral UK";
    private static final String PROFILE_SCHEMAS = "https://github.com/OpenReferralUK/uk-profile/tree/main/schema";

    @Override
    public OpenAPI buildModel() {
        Components components = OASFactory.createComponents();
        components.addSchema("OrukApiDetails", object("What the feed is: HSDS-UK-3.0, the profile and this document.",
                Map.of("version", string("HSDS-UK-3.0"), "profile", uri(), "openapi_url", uri()),
                List.of("version", "profile", "openapi_url")));
        components.addSchema("OrukServiceStatus", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .enumeration(List.of("active", "inactive", "defunct", "temporarily closed"))
                .description("registered: active; dormant: temporarily closed; deregistered: defunct."));
        components.addSchema("OrukCapacity", object("HSDS 3.1 service_capacity: available now and registered "
                        + "capacity, in the service kind's unit, as the provider last reported (updated).",
                Map.of("id", uuid(), "service_id", uuid(), "unit", object("The unit counted.",
                                Map.of("id", uuid(), "name", string(null), "scheme", string(null), "identifier", string(null)),
                                List.of("id", "name")),
                        "available", integer(), "maximum", integer(), "description", string(null),
                        "updated", dateTime()), List.of("id", "unit", "maximum")));
        components.addSchema("OrukService", object("A care service (ORUK service; full on /oruk/services/{id}, see "
                        + PROFILE_SCHEMAS + "/compiled/service.json).",
                Map.of("id", uuid(), "organization_id", uuid(), "name", string(null), "description", string(null),
                        "url", uri(), "email", string(null), "status", ref("OrukServiceStatus"),
                        "last_modified", dateTime(), "capacities", array(ref("OrukCapacity"))),
                List.of("id", "name", "status")));
        components.addSchema("OrukServiceAtLocation", object("A care service at its place (ORUK service_at_location; see "
                        + PROFILE_SCHEMAS + "/compiled/service_at_location.json).",
                Map.of("id", uuid(), "service_id", uuid(), "location_id", uuid(), "service", ref("OrukService"),
                        "location", object("Where the service is.", Map.of("id", uuid(), "location_type", string(null),
                                "name", string(null), "latitude", number(), "longitude", number()), List.of("id", "location_type"))),
                List.of("id")));
        components.addSchema("OrukOrganization", object("A provider (ORUK organization; see " + PROFILE_SCHEMAS
                        + "/compiled/organization.json).",
                Map.of("id", uuid(), "name", string(null), "description", string(null), "email", string(null),
                        "website", uri()), List.of("id", "name", "description")));
        components.addSchema("OrukTaxonomy", object("A taxonomy the feed serves (ORUK taxonomy).",
                Map.of("id", uuid(), "name", string(null), "description", string(null), "version", string(null)),
                List.of("id", "name", "description")));
        components.addSchema("OrukTaxonomyTerm", object("A term of one of the feed's taxonomies (ORUK taxonomy_term).",
                Map.of("id", uuid(), "name", string(null), "description", string(null), "parent_id", uuid(),
                        "taxonomy", string(null), "taxonomy_id", uuid(), "term", string(null)),
                List.of("id", "name", "description")));
        for (String item : List.of("Service", "ServiceAtLocation", "Organization", "Taxonomy", "TaxonomyTerm")) {
            components.addSchema("Oruk" + item + "Page", page("Oruk" + item));
        }

        Paths paths = OASFactory.createPaths();
        paths.addPathItem("/oruk", get("orukApiDetails", "What the feed is",
                "The HSDS version (HSDS-UK-3.0, as the national ORUK validator reads it), the profile, and the "
                        + "address of this document.", "OrukApiDetails", List.of(), false));
        list(paths, "services", "Service", "Services", "services by name",
                List.of(search(), page(), perPage(), id("taxonomy_term_id"), id("taxonomy_id"), id("organization_id"), modifiedAfter()));
        list(paths, "service_at_locations", "ServiceAtLocation", "ServicesAtLocations",
                "services at their places, by name or nearest first from a postcode",
                List.of(search(), page(), perPage(), id("taxonomy_term_id"), id("taxonomy_id"), id("organization_id"),
                        modifiedAfter(), postcode(), proximity()));
        list(paths, "organizations", "Organization", "Organizations", "providers by name", List.of(search(), page(), perPage()));
        list(paths, "taxonomies", "Taxonomy", "Taxonomies", "the feed's taxonomies", List.of(page(), perPage()));
        list(paths, "taxonomy_terms", "TaxonomyTerm", "TaxonomyTerms", "the feed's taxonomy terms",
                List.of(page(), perPage(), id("taxonomy_id")));
        return OASFactory.createOpenAPI().components(components).paths(paths)
                .addTag(OASFactory.createTag().name(TAG).description("The register as an Open Referral UK feed (HSDS 3.0 "
                        + "UK profile) at /oruk, with live capacity and CQC ratings: public, read-only, any origin, "
                        + "ETags and Cache-Control. Errors are problem+json. See docs/open-referral.md."));
    }

    private static void list(Paths paths, String list, String item, String plural, String what, List<Parameter> parameters) {
        paths.addPathItem("/oruk/" + list, get("oruk" + plural, "List " + what, "A page of " + what + ". Filters "
                + "combine as AND; a parameter the list does not take, or one given twice, is a 400.", "Oruk" + item + "Page",
                parameters, false));
        paths.addPathItem("/oruk/" + list + "/{id}", get("oruk" + item, "One of the " + list.replace('_', ' ') + ", fully nested",
                "The record with everything the profile nests in it; 404 when there is none.", "Oruk" + item,
                List.of(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
                        .schema(uuid()).description("The record's id.")), true));
    }

    private static PathItem get(String operationId, String summary, String description, String schema,
                                List<Parameter> parameters, boolean byId) {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The answer, with its ETag and "
                                + "Cache-Control: public, max-age=60.")
                        .content(json("application/json", ref(schema))))
                .addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified: If-None-Match names the "
                        + "answer's ETag; no body."))
                .addAPIResponse("400", problem("A query parameter is not valid; each is listed."));
        if (byId) {
            responses.addAPIResponse("404", problem("No such record."));
        }
        Operation operation = OASFactory.createOperation().operationId(operationId).summary(summary)
                .description(description).tags(List.of(TAG)).responses(responses)
                .security(new java.util.ArrayList<>()); // public: no key (security: [])
        parameters.forEach(operation::addParameter);
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("The ETag of the answer you hold: 304 when it is still current.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        return OASFactory.createPathItem().GET(operation);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(json("application/problem+json", OASFactory.createSchema().ref("Problem")));
    }

    private static Content json(String mediaType, Schema schema) {
        return OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    private static Schema page(String item) {
        return object("One page of the list, with the whole ORUK paging envelope.",
                Map.of("total_items", integer(), "total_pages", integer(), "page_number", integer(), "size", integer(),
                        "first_page", bool(), "last_page", bool(), "empty", bool(), "contents", array(ref(item))),
                List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"));
    }

    private static Schema object(String description, Map<String, Schema> properties, List<String> required) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description(description).required(required);
        new java.util.TreeMap<>(properties).forEach(schema::addProperty);
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema string(String example) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return example == null ? schema : schema.example(example);
    }

    private static Schema uuid() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uuid");
    }

    private static Schema uri() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri");
    }

    private static Schema dateTime() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
    }

    private static Schema number() {
        return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
    }

    private static Schema bool() {
        return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema);
    }

    private static Parameter page() {
        return query("page", "The page, from 1. Past the last page: an empty page.", OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(FeedRequest.MAX_PAGE)).defaultValue(1));
    }

    private static Parameter perPage() {
        return query("per_page", "Records a page, 1 to " + FeedRequest.MAX_PER_PAGE + ".", OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(FeedRequest.MAX_PER_PAGE)).defaultValue(FeedRequest.DEFAULT_PER_PAGE));
    }

    private static Parameter search() {
        return query("search", "Words in the service's, its provider's or its town's name, or its postcode "
                + "(for organizations: the name).", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                .maxLength(FeedRequest.MAX_SEARCH));
    }

    private static Parameter id(String name) {
        return query(name, "Only records linked to this " + name.replace("_id", "").replace('_', ' ') + ".", uuid());
    }

    private static Parameter modifiedAfter() {
        return query("modified_after", "Only services changed (record, rating or vacancies) strictly after this "
                + "RFC 3339 date-time, with its offset.", dateTime());
    }

    private static Parameter postcode() {
        return query("postcode", "A UK postcode: nearest first from it (its district's centre when the postcode "
                + "itself is not in the loaded data).", OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }

    private static Parameter proximity() {
        return query("proximity", "Only those within this many metres of postcode (which it needs).",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(FeedRequest.MAX_PROXIMITY)));
    }
}
