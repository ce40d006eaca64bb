package org.caremarket.sufficiency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.BodyLimit;
import org.caremarket.platform.boundary.CouncilCode;
import org.caremarket.platform.boundary.UnicodePattern;
import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.entity.UnsupportedMediaType;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.control.Populations;
import org.caremarket.sufficiency.control.Sufficiency;
import org.caremarket.sufficiency.control.Tables;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.NationalFigures;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.Table;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A council's market sufficiency: population, indicators, dashboard, monthly snapshots, projections and the rating
 * grid, as JSON and as CSV. Population projections are public; the rest is for the council's commissioners and ADMINs.
 */
@Path("sufficiency")
@Tag(name = "Sufficiency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SufficiencyResource {

    static final String KINDS = "^(CARE_HOME_NURSING|CARE_HOME_RESIDENTIAL|HOMECARE|EXTRA_CARE|SUPPORTED_LIVING|SHARED_LIVES)$";
    static final String KIND_MESSAGE = "must be one of CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL, HOMECARE, EXTRA_CARE, "
            + "SUPPORTED_LIVING, SHARED_LIVES";
    static final String LOCALITY = "^[\\p{L}\\p{N} ,.'()&-]{1,60}$";
    static final String LOCALITY_MESSAGE = "must be a postcode district (LS1) or a locality's name of at most 60 letters, digits, "
            + "spaces and , . ' ( ) & -";
    static final long MAX_POPULATION_BYTES = 20L * 1024 * 1024;

    @Inject
    Sufficiency sufficiency;

    @Inject
    Populations populations;

    static Response csv(Table table, String council) {
        return Response.ok(table.csv(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + table.name() + "-" + council + ".csv\"").build();
    }

    static ServiceKind kind(String kind) {
        return kind == null ? null : ServiceKind.valueOf(kind);
    }

    Population projectionOf(String council) {
        sufficiency.socialCareCouncil(council);
        return populations.forCouncil(council).orElseThrow(() -> new NotFound("No population data: " + council
                + " has no population projection here. An ADMIN can import ONS's projection CSV for it."));
    }

    @GET
    @Path("population/{council}")
    @Public
    @SecurityRequirements
    @Operation(operationId = "population", summary = "A council's projected population by age band",
            description = "Public. ONS 2022-based subnational population projections (persons; the bundled Leeds, Leicester, "
                    + "Trafford and Leicestershire as the sum of its seven districts, or an ADMIN's import), summed into the "
                    + "bands 18–64, 65–74, 75–84, 85–89, 90+ and 65+, 75+, 85+, for every year of the projection. 404 for a "
                    + "council with no population data.")
    @APIResponse(responseCode = "200", description = "The projection.", content = @Content(schema = @Schema(implementation = Views.PopulationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.PopulationView population(@Parameter(description = "GSS code of the council.", example = "E10000018")
                                           @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        Population p = projectionOf(council);
        List<Views.Year> years = new java.util.ArrayList<>();
        for (int year = p.firstYear(); year <= p.lastYear(); year++) {
            Map<String, Long> bands = new LinkedHashMap<>();
            for (AgeBand band : AgeBand.values()) {
                bands.put(band.label(), Math.round(p.persons(band, year)));
            }
            years.add(new Views.Year(year, bands));
        }
        return new Views.PopulationView(council, p.areaName(), p.source(), p.firstYear(), p.lastYear(), years);
    }

    @GET
    @Path("population/{council}.csv")
    @Public
    @SecurityRequirements
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "populationCsv", summary = "A council's projected population by age band, as CSV",
            description = "Public. The same figures as the JSON: one line a year, one column a band.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response populationCsv(@Parameter(description = "GSS code of the council.", example = "E10000018")
                                  @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        Population p = projectionOf(council);
        return csv(Tables.population(p, p.firstYear(), p.lastYear()), council);
    }

    @POST
    @Path("population")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Allowed(Role.ADMIN)
    @SecurityRequirement(name = "apiKey")
    @BodyLimit(name = "population-import", bytes = MAX_POPULATION_BYTES)
    @Operation(operationId = "importPopulation", summary = "Import ONS population projections",
            description = "ADMIN only. ONS's subnational population projection CSV as published "
                    + "(AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,…; persons by single year of age, 0–89 and "
                    + "\"90 and over\"). Rows for males or females only, other components and \"All ages\" are passed over. "
                    + "Each area must be an English council or district; its figures replace any held for it (bundled or "
                    + "imported). A county with no figures of its own is the sum of its districts' when all of them have "
                    + "figures. A file with any fault is refused whole, naming the lines (up to 20). Audited.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Imported.", content = @Content(schema = @Schema(implementation = Views.ImportedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Views.ImportedView importPopulation(
            @Parameter(description = "What the file is, kept as the figures' source.", example = "ONS 2022-based SNPP, Rutland")
            @QueryParam("source") @UnicodePattern(regexp = "^[\\p{L}\\p{N} .,;:()/'&-]{1,200}$", message = "must be at most 200 letters, digits, spaces and . , ; : ( ) / ' & -") String source,
            @Context HttpHeaders headers, String body) {
        MediaType type = headers.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.valueOf("text/csv")) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))) {
            throw new UnsupportedMediaType("Send ONS's projection file as text/csv.");
        }
        Populations.Imported imported = populations.importCsv(body, source);
        return new Views.ImportedView(imported.areas(), imported.firstYear(), imported.lastYear(), imported.figures());
    }

    @GET
    @Path("national-figures")
    @Public
    @SecurityRequirements
    @Operation(operationId = "nationalFigures", summary = "England's figures the indicators are compared with",
            description = "Public. Each with its value, unit, date and source (DHSC Capacity Tracker statistics, King's Fund, "
                    + "Care England).")
    @APIResponse(responseCode = "200", description = "The comparators.", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = Indicator.Comparator.class)))
    public List<Indicator.Comparator> national() {
        return NationalFigures.all();
    }

}
