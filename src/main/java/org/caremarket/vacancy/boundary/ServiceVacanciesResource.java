package org.caremarket.vacancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Instants;
import org.caremarket.register.control.Freshness;
import org.caremarket.vacancy.control.Vacancies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One service's vacancy report ({@code /api/services/{id}/vacancies}): read, replace with If-Match, history. */
@Path("services/{id}/vacancies")
@Tag(name = "Vacancies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceVacanciesResource {

    @Inject
    Vacancies vacancies;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    @GET
    @Public
    @SecurityRequirements
    @Operation(operationId = "getVacancies", summary = "A service's current vacancy report",
            description = "Version 0 (and stale) until the service's first report.")
    @APIResponse(responseCode = "200", description = "The current report.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        Vacancies.Current current = vacancies.current(id);
        return ok(current);
    }

    @PUT
    @Allowed({Role.ADMIN, Role.PROVIDER})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "replaceVacancies", summary = "Replace a service's vacancy report",
            description = "The whole report, with the ETag you read in If-Match (\"0\" for the first report). It is checked "
                    + "against the service as its record now is: lines of its kind only, each type once, no more beds than "
                    + "registered. 409: the service is not registered (it can report nothing available), or its record "
                    + "kept changing while the report was being written (send it again).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VacancyReportInput.class)))
    @APIResponse(responseCode = "200", description = "Accepted; appended to the history.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replace(@PathParam("id") String id,
                            @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull(message = "a JSON body is required") VacancyReportInput body) {
        return ok(vacancies.replace(id, EntityTags.parseIfMatch(ifMatch), body.toReport()));
    }

    @GET
    @Path("history")
    @Allowed({Role.ADMIN, Role.PROVIDER, Role.COMMISSIONER, Role.BROKER})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "vacancyHistory", summary = "Every report a service made in a period, oldest first",
            description = "From 'from' (default: 30 days ago) up to 'to' (default: now). For the service's provider, "
                    + "and its council's commissioners and brokers.")
    @APIResponse(responseCode = "200", description = "The reports, with occupancy.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<HistoryEntry> history(@PathParam("id") String id,
            @Parameter(description = "From this date (UTC midnight) or instant, inclusive.", example = "2026-11-01")
            @QueryParam("from") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String from,
            @Parameter(description = "Before this date or instant.", example = "2026-12-01")
            @QueryParam("to") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String to) {
        Instant[] period = Instants.period(from, to, clock, java.time.Duration.ofDays(30));
        return vacancies.history(id, period[0], period[1]).stream().map(HistoryEntry::of).toList();
    }

    private Response ok(Vacancies.Current current) {
        boolean stale = current.state().map(s -> freshness.isStale(s.reportedAt())).orElse(true);
        return Response.ok(VacancyView.of(current, stale)).tag(EntityTags.of(current.version())).build();
    }
}
