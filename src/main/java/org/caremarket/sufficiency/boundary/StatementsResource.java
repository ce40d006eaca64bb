package org.caremarket.sufficiency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.CouncilCode;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.entity.Role;
import org.caremarket.sufficiency.control.Statements;
import org.caremarket.sufficiency.entity.Edition;
import org.caremarket.sufficiency.entity.Narrative;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Market Position Statements: drafts a council's commissioners write and read with live figures, and published
 * editions, frozen and dated, that anyone may read without a key, as HTML with a CSV for every chart and table.
 */
@Path("sufficiency/statements")
@Tag(name = "Market Position Statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

    static final String ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    static final String ID_MESSAGE = "must be a statement id (a UUID)";
    static final String FILE = "^[a-z0-9][a-z0-9-]{0,58}\\.csv$";
    /** The page may use its own inline style and nothing else: no scripts, no requests anywhere. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Inject
    Statements statements;

    @Inject
    PublicUrl links;

    @Schema(name = "Statement", description = "A Market Position Statement edition: its status, dates, narrative and files.")
    public record StatementView(String id, String councilCode, String title,
                         Edition.Status status, Instant createdAt, Instant updatedAt,
                         LocalDate publishedOn, Narrative narrative,
                         @Schema(description = "URL of the rendered page.") String html,
                         @Schema(description = "Names of the CSV files (under files/), one for every chart and table; "
                                 + "listed for a single edition, not in lists.") List<String> files) {
        static StatementView of(Edition e, PublicUrl links, List<String> files) {
            return new StatementView(e.id(), e.councilCode(), e.title(), e.status(), e.createdAt(), e.updatedAt(),
                    e.publishedOn(), Statements.narrative(e), links.api("sufficiency", "statements", e.id(), "statement.html").toString(),
                    files);
        }
    }

    @GET
    @Path("{id}")
    @Public
    @SecurityRequirements
    @Operation(operationId = "statement", summary = "A Market Position Statement",
            description = "Public for a published edition; a draft only for its council's commissioners and ADMINs (404 for "
                    + "anyone else).")
    @APIResponse(responseCode = "200", description = "The edition.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The statement's id.") @PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
        Edition e = statements.read(id);
        List<String> files = statements.fileNames(e).stream().filter(n -> n.startsWith("files/")).map(n -> n.substring(6)).toList();
        return Response.ok(StatementView.of(e, links, files)).tag(EntityTags.of(e.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "reviseStatement", summary = "Revise a draft",
            description = "Replaces the draft's title and narrative. Send the ETag you read in If-Match. A published edition "
                    + "cannot change (409). Audited.")
    @APIResponse(responseCode = "200", description = "Revised.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response revise(@Parameter(description = "The statement's id.") @PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                           @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") StatementInput body) {
        Edition e = statements.revise(id, EntityTags.parseIfMatch(ifMatch), body.title().strip(), body.narrative());
        return Response.ok(StatementView.of(e, links, null)).tag(EntityTags.of(e.version())).build();
    }

    @POST
    @Path("{id}/publish")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "publishStatement", summary = "Publish a draft",
            description = "Freezes the edition with the figures of this moment and dates it today; from then on anyone may read "
                    + "it without a key and it never changes (publishing again or revising is 409). Send the ETag in If-Match. "
                    + "Audited.")
    @APIResponse(responseCode = "200", description = "Published.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response publish(@Parameter(description = "The statement's id.") @PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Edition e = statements.publish(id, EntityTags.parseIfMatch(ifMatch));
        return Response.ok(StatementView.of(e, links, null)).tag(EntityTags.of(e.version())).build();
    }

    @GET
    @Path("{id}/statement.html")
    @Public
    @SecurityRequirements
    @Produces({MediaType.TEXT_HTML, MediaType.WILDCARD})
    @Operation(operationId = "statementHtml", summary = "A Market Position Statement as a web page",
            description = "The statement rendered: sections with tables first, each chart an accessible SVG beside its table "
                    + "with a link to its CSV (files/…), print-friendly. A published edition as published; a draft with the live "
                    + "figures (its council's commissioners and ADMINs only).")
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response html(@Parameter(description = "The statement's id.") @PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
        return Response.ok(statements.file(id, "statement.html"), "text/html; charset=UTF-8")
                .header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/files/{name}")
    @Public
    @SecurityRequirements
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "statementFile", summary = "The CSV of one chart or table of a statement",
            description = "Every chart (c1-…, c2-…) and table of the statement as CSV, by the name the page links.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response file(@Parameter(description = "The statement's id.") @PathParam("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                         @Parameter(description = "The file's name.", example = "c4-bed-states.csv")
                         @PathParam("name") @Pattern(regexp = FILE, message = "must be a CSV file's name, e.g. c4-bed-states.csv") String name) {
        return Response.ok(statements.file(id, "files/" + name), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
