package org.caremarket.cqc.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Role;
import org.caremarket.cqc.control.Imports;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.platform.boundary.BodyLimit;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.UnsupportedMediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("imports")
@Tag(name = "CQC")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class ImportsResource {

    /**
     * The most bytes an import's body may hold unless {@code caremarket.limits.cqc-import-bytes} says otherwise.
     * CQC's whole directory file is about 17.5 MB for 50,000 locations; {@link Imports#MAX_RECORDS} API records of
     * about 7 KB each are 35 MB.
     */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Inject
    Imports imports;

    @Inject
    CurrentCaller caller;

    @Inject
    PublicUrl links;

    @POST
    @Path("cqc-directory")
    @Allowed(Role.ADMIN)
    @BodyLimit(name = "cqc-import", bytes = MAX_BYTES)
    @Operation(operationId = "importCqcDirectory", summary = "Import CQC's monthly directory CSV",
            description = "ADMIN only. The file as CQC publishes it (DD_Month_YYYY_CQC_directory.csv: preamble lines, then "
                    + "the header Name,Also known as,Address,Postcode,…). A file that is not one is refused whole, naming "
                    + "the line, before anything is imported. The rows are then imported in the background: follow the "
                    + "Location. Importing the same file again changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "202", description = "Accepted; the import runs in the background.",
            headers = @Header(name = "Location", description = "URL of the import.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response directory(
            @Parameter(description = "True: the file is CQC's whole register, and locations this register follows from "
                    + "CQC that it no longer lists are marked deregistered (never deleted). Refused when that would be "
                    + "more locations than the file lists.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("full") @Pattern(regexp = "^(true|false)$", message = "must be true or false") String full,
            @Parameter(description = "The file's name, kept with the import.", example = "01_November_2026_CQC_directory.csv")
            @QueryParam("source") @Pattern(regexp = "^[\\w .()-]{1,200}$", message = "must be a file name of at most 200 letters, digits, spaces and . _ ( ) -") String source,
            @Context jakarta.ws.rs.core.HttpHeaders headers, String body) {
        // The media type is checked here, after the caller's role, so that a caller without the role gets 401/403.
        MediaType type = headers.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.valueOf("text/csv")) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))) {
            throw new UnsupportedMediaType("Send CQC's directory file as text/csv.");
        }
        return accepted(imports.directory(body, "true".equals(full), source == null ? "directory CSV" : source, caller.get()));
    }

    @POST
    @Path("cqc-locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @BodyLimit(name = "cqc-import", bytes = MAX_BYTES)
    @Operation(operationId = "importCqcRecords", summary = "Import CQC API records",
            description = "ADMIN only. One record as CQC's API returns it (GET /locations/{id} or /providers/{id}), or an "
                    + "array of up to " + Imports.MAX_RECORDS + ". A location brings its ratings (overall and the five key "
                    + "questions) and rating history; a provider record sent with it names its provider. Imported in the "
                    + "background: follow the Location.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A CQC API record, or an array of them.")))
    @APIResponse(responseCode = "202", description = "Accepted; the import runs in the background.",
            headers = @Header(name = "Location", description = "URL of the import.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response locations(String body) {
        return accepted(imports.locations(body, caller.get()));
    }

    @POST
    @Path("cqc-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(operationId = "syncCqcChanges", summary = "Follow CQC's change feed",
            description = "ADMIN only. Asks CQC's API (caremarket.cqc.api-base-url, with caremarket.cqc.subscription-key) "
                    + "which locations changed in the period, fetches each and brings the register into step, in the "
                    + "background: follow the Location.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChangesInput.class)))
    @APIResponse(responseCode = "202", description = "Accepted; the import runs in the background.",
            headers = @Header(name = "Location", description = "URL of the import.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changes(@Valid @NotNull(message = "a JSON body is required") ChangesInput body) {
        return accepted(imports.changes(body.from(), body.to(), caller.get()));
    }

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listImports", summary = "CQC imports, newest first", description = "ADMIN only.")
    @APIResponse(responseCode = "200", description = "One page of imports.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ImportPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<ImportJob> found = imports.list(Paging.page(page), Paging.size(size, 20));
        return new ImportPage(found.items().stream().map(j -> ImportView.of(j, false)).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "getImport", summary = "One CQC import: progress, counts and the rows it refused",
            description = "ADMIN only.")
    @APIResponse(responseCode = "200", description = "The import.", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportView get(@PathParam("id") String id) {
        return ImportView.of(imports.find(id).orElseThrow(() -> new NotFound("There is no import " + id + ".")), true);
    }

    private Response accepted(ImportJob job) {
        return Response.accepted(ImportView.of(job, true))
                .location(links.api("imports", job.id())).build();
    }
}
