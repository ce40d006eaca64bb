package org.caremarket.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JSON API under {@code /api}, and the one place its OpenAPI description starts. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(
                title = "CareMarket API",
                version = "0.1.0",
                description = "The register of adult social care providers and services in an English council's market, "
                        + "with geography from ONS data. Errors are RFC 9457 application/problem+json. "
                        + "JSON bodies are read exactly: a field the operation does not have, a value of another JSON type "
                        + "(text for a number, \"yes\" for true), a whole number with a fraction or out of range, a key "
                        + "given twice or anything after the JSON value is a 400 naming the field, never dropped or "
                        + "converted. Reads return an ETag; updates need If-Match (RFC 9110: strong comparison, * or a "
                        + "list); a GET with If-None-Match naming the current ETag is a 304. "
                        + "Reading the directory is public; changes need an API key (Authorization: Bearer <key>).",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                contact = @Contact(name = "CareMarket maintainers")),
        tags = {
                @Tag(name = "Providers", description = "Organisations that run care services."),
                @Tag(name = "Services", description = "Care services (CQC locations): care homes, homecare, extra care, supported living, Shared Lives."),
                @Tag(name = "Geography", description = "Postcodes, coordinates and councils from ONS data."),
                @Tag(name = "Vacancies", description = "What each service can take on now, reported by providers' own systems, "
                        + "with history and freshness."),
                @Tag(name = "Brokerage", description = "Care-package requests matched to vacancies with reasons, offers to "
                        + "providers, awards that take the capacity, and how well care was sourced."),
                @Tag(name = "Personal assistants", description = "A register PAs keep themselves, a search for direct-payment "
                        + "holders with reasons, introductions that share contact details only when the PA accepts, and what "
                        + "employing a PA really costs."),
                @Tag(name = "CQC", description = "CQC's data brought in and kept in step: imports of its directory file, "
                        + "API records and change feed, and the alerts its changes raise."),
                @Tag(name = "Operations", description = "For the people running the server: online backups."),
                @Tag(name = "Access", description = "API keys and the audit of changes.")
        },
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "An API key issued by an administrator: Authorization: Bearer <key>."),
                parameters = {
                        @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                                description = "The ETag of the version you read. Missing: 428. Stale: 412.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                                example = "\"3\""),
                        @Parameter(name = "If-None-Match", in = ParameterIn.HEADER,
                                description = "The ETag of the version you hold: when it is still current the answer is 304 "
                                        + "with no body.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                                example = "\"3\"")
                },
                headers = {
                        @Header(name = "ETag", description = "Version of the record, for If-Match on the next update.",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
                },
                responses = {
                        @APIResponse(name = "NotModified", responseCode = "304",
                                description = "Not modified: the If-None-Match ETag is still current; no body.",
                                headers = @Header(name = "ETag", ref = "ETag")),
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "The request is not valid; each bad field is listed.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No API key, or one that is unknown or revoked. Send Authorization: Bearer <key>.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The key's role, or the provider or council it acts for, does not allow this.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No such record.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "Clashes with another record or with the record's current state.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match names a version that is no longer current.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                                description = "The body is larger than the operation reads (1 MiB of JSON; a bulk upload 8 MiB "
                                        + "and 2,000 services; a CQC import 64 MiB), or a bulk upload names more services than "
                                        + "it may. Refused as soon as the limit is passed, without reading further; nothing changed.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "If-Match is missing.",
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "An allowance is used up; Retry-After says in how many seconds to try again.",
                                headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After",
                                        description = "Seconds until the next request may succeed.",
                                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
                                content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class CareMarketApplication extends Application {
}
