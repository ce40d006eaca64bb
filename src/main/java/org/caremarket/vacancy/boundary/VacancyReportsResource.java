package org.caremarket.vacancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.caremarket.access.boundary.Allowed;
import org.caremarket.access.entity.Role;
import org.caremarket.platform.boundary.ConstraintViolationMapper;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.BulkReports;
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

@Path("vacancies")
@Tag(name = "Vacancies")
@RequestScoped
@SecurityRequirement(name = "apiKey")
public class VacancyReportsResource {

    static final int MAX_BULK = 2000;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String COUNCIL = "^E\\d{8}$";
    private static final String COUNCIL_MESSAGE = "must be the GSS code of an English council, e.g. E08000035";

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
                           @QueryParam("council") @Pattern(regexp = COUNCIL, message = COUNCIL_MESSAGE) String council) {
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
    @Operation(operationId = "bulkVacancies", summary = "Report vacancies for many services in one call",
            description = "A JSON array of {service, ifMatch, report}, or CSV (one row per report line; see the README). "
                    + "Each service's report is accepted whole or rejected whole, with a result per service. "
                    + "Without ifMatch a report replaces whatever is current. At most " + MAX_BULK + " services.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BulkItem.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    example = "service,line,type,available,held,closed\n1-125856395,BED,NURSING,2,1,0\n"))})
    @APIResponse(responseCode = "200", description = "A result per service.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public BulkResult bulk(@Context HttpHeaders headers, String body) {
        MediaType type = headers.getMediaType();
        List<BulkReports.Item> items = type != null && type.isCompatible(MediaType.valueOf("text/csv"))
                ? fromCsv(body == null ? "" : body) : fromJson(body);
        if (items.size() > MAX_BULK) {
            throw InvalidInput.of("body", "at most " + MAX_BULK + " services in one upload; this one has " + items.size());
        }
        return BulkResult.of(bulk.apply(items));
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
                                    @QueryParam("council") @Pattern(regexp = COUNCIL, message = COUNCIL_MESSAGE) String council) {
        String code = vacancies.councilFor(council);
        return Response.ok(export.csv(code), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"capacity-tracker-" + (code == null ? "england" : code) + ".csv\"")
                .build();
    }

    private List<BulkReports.Item> fromJson(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInput.of("body", "send a JSON array of {service, ifMatch, report}");
        }
        BulkItem[] parsed = JSON.fromJson(body, BulkItem[].class);
        if (parsed == null) {
            throw InvalidInput.of("body", "send a JSON array of {service, ifMatch, report}");
        }
        List<BulkReports.Item> items = new ArrayList<>();
        for (int i = 0; i < parsed.length; i++) {
            BulkItem item = parsed[i];
            if (item == null || item.report() == null) {
                items.add(new BulkReports.Item(i, item == null ? null : item.service(), OptionalLong.empty(), null,
                        List.of(new FieldError("report", "is required"))));
                continue;
            }
            items.add(checked(i, item.service(), item.ifMatch(), item.report(), List.of()));
        }
        return items;
    }

    private List<BulkReports.Item> fromCsv(String body) {
        List<BulkCsv.Group> groups;
        try {
            groups = BulkCsv.read(body);
        } catch (IllegalArgumentException unreadable) {
            throw InvalidInput.of("body", unreadable.getMessage());
        }
        List<BulkReports.Item> items = new ArrayList<>();
        for (BulkCsv.Group group : groups) {
            List<FieldError> errors = new ArrayList<>();
            VacancyReportInput report = toInput(group, errors);
            items.add(checked(group.line(), group.service(), group.rows().get(0).get("ifMatch"), report, errors));
        }
        return items;
    }

    private BulkReports.Item checked(int row, String service, String ifMatch, VacancyReportInput report,
                                     List<FieldError> readErrors) {
        List<FieldError> errors = new ArrayList<>(readErrors);
        validator.validate(report).forEach(v -> errors.add(new FieldError(ConstraintViolationMapper.fieldOf(v), v.getMessage())));
        OptionalLong version = ifMatch == null || ifMatch.isBlank() ? OptionalLong.empty() : EntityTags.parseIfMatch(ifMatch);
        return new BulkReports.Item(row, service, version, errors.isEmpty() ? report.toReport() : null, errors);
    }

    private static VacancyReportInput toInput(BulkCsv.Group group, List<FieldError> errors) {
        Map<String, String> first = group.rows().get(0);
        List<VacancyReportInput.Beds> beds = new ArrayList<>();
        List<VacancyReportInput.HomecareHours> homecare = new ArrayList<>();
        List<VacancyReportInput.Units> units = new ArrayList<>();
        List<VacancyReportInput.Placements> placements = new ArrayList<>();
        Integer places = null;
        int line = group.line();
        for (Map<String, String> row : group.rows()) {
            String where = "line " + line++;
            Integer available = number(row, "available", where, errors);
            switch (row.getOrDefault("line", "").toUpperCase()) {
                case "BED" -> beds.add(new VacancyReportInput.Beds(blankToNull(row.get("type")), available,
                        number(row, "held", where, errors), number(row, "closed", where, errors)));
                case "HOMECARE" -> homecare.add(new VacancyReportInput.HomecareHours(row.getOrDefault("district", ""),
                        blankToNull(row.get("timeBand")), blankToNull(row.get("days")), available));
                case "UNIT" -> units.add(new VacancyReportInput.Units(blankToNull(row.get("type")), available));
                case "PLACEMENT" -> placements.add(new VacancyReportInput.Placements(blankToNull(row.get("type")), available));
                case "PLACE" -> places = available;
                default -> errors.add(new FieldError(where + ".line", "must be BED, HOMECARE, UNIT, PLACEMENT or PLACE"));
            }
        }
        String accepting = first.getOrDefault("accepting", "");
        Boolean accepts = accepting.isBlank() ? Boolean.TRUE : yes(accepting, "line " + group.line() + ".accepting", errors);
        BigDecimal fee = null;
        String feeText = first.getOrDefault("weeklyFee", "");
        if (!feeText.isBlank()) {
            try {
                fee = new BigDecimal(feeText);
            } catch (NumberFormatException notANumber) {
                errors.add(new FieldError("line " + group.line() + ".weeklyFee", "must be pounds and pence, e.g. 1150.00"));
            }
        }
        String features = first.getOrDefault("roomFeatures", "");
        String handed = first.getOrDefault("doubleHandedCalls", "");
        return new VacancyReportInput(new VacancyReportInput.Admissions(accepts, blankToNull(first.get("notAcceptingReason"))),
                beds.isEmpty() ? null : beds, homecare.isEmpty() ? null : homecare,
                handed.isBlank() ? null : yes(handed, "line " + group.line() + ".doubleHandedCalls", errors),
                units.isEmpty() ? null : units, placements.isEmpty() ? null : placements, places,
                features.isBlank() ? null : Arrays.stream(features.split(";")).map(String::strip).toList(), fee);
    }

    private static Integer number(Map<String, String> row, String column, String where, List<FieldError> errors) {
        String text = row.getOrDefault(column, "");
        if (text.isBlank()) {
            return column.equals("available") ? null : 0;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(where + "." + column, "must be a whole number"));
            return 0;
        }
    }

    private static Boolean yes(String text, String field, List<FieldError> errors) {
        return switch (text.strip().toLowerCase()) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield Boolean.TRUE;
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
