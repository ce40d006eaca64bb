package org.caremarket.vacancy.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.caremarket.platform.control.StrictJson;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.BodyLimit;
import org.caremarket.platform.boundary.ConstraintViolationMapper;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.BulkReports;
import org.caremarket.vacancy.control.BulkUpload;
import org.caremarket.vacancy.control.CapacityTrackerExport;
import org.caremarket.vacancy.control.Vacancies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vacancies across services ({@code /api/vacancies}): the stale list, bulk uploads, the Capacity Tracker export. */
@Path("vacancies")
@Tag(name = "Vacancies")
@RequestScoped
@SecurityRequirement(name = "apiKey")
public class VacanciesResource {


    @Inject
    Vacancies vacancies;

    @Inject
    BulkReports bulk;

    @Inject
    CapacityTrackerExport export;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    /** Bulk items are validated one by one, so that one bad service does not reject the others. */
    @Inject
    Validator validator;

    @GET
    @Path("stale")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.COMMISSIONER})
    @Operation(operationId = "staleVacancies", summary = "Registered services whose vacancy report is stale or missing",
            description = "For a commissioner to chase, oldest first. A COMMISSIONER sees its own council; ADMIN any, or all.")
    @APIResponse(responseCode = "200", description = "The stale services.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public StaleList stale(@Parameter(description = "GSS code of the council.", example = "E08000035")
                           @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        String code = vacancies.councilFor(council);
        Instant now = clock.instant();
        List<StaleList.Item> items = vacancies.inCouncil(code, EnumSet.allOf(ServiceKind.class)).stream()
                .filter(c -> freshness.isStale(c.state().map(s -> s.reportedAt()).orElse(null)))
                .map(c -> {
                    Instant at = c.state().map(s -> s.reportedAt()).orElse(null);
                    var s = c.service();
                    return new StaleList.Item(s.id(), s.name(), s.kind(), s.providerId(), s.providerName(), s.postcode(),
                            s.cqcLocationId(), at, at == null ? null : Duration.between(at, now).toDays());
                })
                .sorted(Comparator.comparing(StaleList.Item::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StaleList.Item::name))
                .toList();
        return new StaleList(code, freshness.staleAfterDays(), items.size(), items);
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.PROVIDER})
    @BodyLimit(name = "bulk", bytes = BulkUpload.MAX_BYTES)
    @Operation(operationId = "bulkVacancies", summary = "Report vacancies for many services in one call",
            description = "A JSON array of {service, ifMatch, report}, or CSV (one row per report line; see the README). "
                    + "Each service's report is accepted whole or rejected whole, with a result per service. "
                    + "Without ifMatch a report replaces whatever is current. At most " + BulkUpload.MAX_SERVICES + " services and "
                    + "8 MiB (caremarket.limits.bulk-bytes); an upload that passes either is refused (413) as soon as it does, "
                    + "and nothing is changed.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BulkItem.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    example = "service,line,type,available,held,closed\n1-125856395,BED,NURSING,2,1,0\n"))})
    @APIResponse(responseCode = "200", description = "A result per service.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public BulkResult bulk(@Context HttpHeaders headers, InputStream body) {
        MediaType type = headers.getMediaType();
        List<BulkUpload.Element> elements = type != null && type.isCompatible(MediaType.valueOf("text/csv"))
                ? BulkUpload.csv(body) : BulkUpload.json(body);
        return BulkResult.of(bulk.apply(elements.stream().map(this::item).toList()));
    }

    @GET
    @Path("capacity-tracker.csv")
    // CSV whatever Accept names (RFC 9110 lets a server disregard it): generated clients ask only for the JSON type
    // of the error answers when an operation has one, and would get 406 for the CSV they want.
    @Produces({"text/csv", MediaType.WILDCARD})
    @Allowed({Role.ADMIN, Role.COMMISSIONER})
    @Operation(operationId = "capacityTrackerExport", summary = "Care homes' current state in the Capacity Tracker's field names",
            description = "CSV: " + "cqcid, name, postcode, localauthority, maxcapacity, usedbeds, declaredvacancies, heldbeds, "
                    + "closedbeds, residentialvacancies, nursingvacancies, dementiavacancies, isacceptingadmissions, "
                    + "notacceptingreason, lastupdatedutc, stale. A COMMISSIONER exports its own council.")
    @APIResponse(responseCode = "200", description = "The CSV, UTF-8, a header row first.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response capacityTracker(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                    @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        String code = vacancies.councilFor(council);
        return Response.ok(export.csv(code), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"capacity-tracker-" + (code == null ? "england" : code) + ".csv\"")
                .build();
    }

    /** One element of an upload, bound and checked as a single PUT's body would be. */
    private BulkReports.Item item(BulkUpload.Element element) {
        List<FieldError> errors = new ArrayList<>(element.readErrors());
        BulkItem item = null;
        try {
            item = StrictJson.bind(element.item(), BulkItem.class);
        } catch (InvalidInput unreadable) {
            errors.addAll(unreadable.errors());
        }
        if (item == null || item.report() == null) {
            if (errors.isEmpty() || item != null) {
                errors.add(new FieldError("report", "is required"));
            }
            return new BulkReports.Item(element.row(), item == null ? null : item.service(), IfMatch.ABSENT, null, errors);
        }
        validator.validate(item.report()).forEach(v -> errors.add(new FieldError("report." + ConstraintViolationMapper.fieldOf(v), v.getMessage())));
        IfMatch version = IfMatch.ABSENT;
        try {
            version = EntityTags.parseIfMatch(item.ifMatch());
        } catch (InvalidInput malformed) {
            errors.add(new FieldError("ifMatch", malformed.errors().get(0).message()));
        }
        return new BulkReports.Item(element.row(), item.service(), version, errors.isEmpty() ? item.report().toReport() : null, errors);
    }
}
