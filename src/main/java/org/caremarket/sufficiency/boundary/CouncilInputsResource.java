package org.caremarket.sufficiency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.CouncilCode;
import org.caremarket.platform.boundary.UnicodePattern;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.control.CouncilInputs;
import org.caremarket.sufficiency.control.Market;
import org.caremarket.sufficiency.control.Sufficiency;
import org.caremarket.sufficiency.control.Tables;
import org.caremarket.sufficiency.control.Tiles;
import org.caremarket.sufficiency.entity.Edition;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Public;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Locality;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One council's market: its indicators, dashboard, monthly snapshots, projections and rating grid (JSON and CSV), what
 * its commissioners enter beside the live market (reference figures, localities, ratings over the rules') and its
 * Market Position Statements. A COMMISSIONER for its own council, an ADMIN for any; every change audited; the list of
 * published statements is public. (One class, because JAX-RS picks one root resource per path prefix.)
 */
@Path("sufficiency/councils/{council}")
@Tag(name = "Sufficiency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CouncilInputsResource {

    static final String CODES = "^(USUAL_RATE_HOMECARE|USUAL_RATE_RESIDENTIAL_65|USUAL_RATE_NURSING_65|USUAL_RATE_SUPPORTED_LIVING|"
            + "USUAL_RATE_RESIDENTIAL_18_64|USUAL_RATE_NURSING_18_64|SPOT_RATE_HOMECARE|FRAMEWORK_RATE_HOMECARE|"
            + "FCOC_MEDIAN_RESIDENTIAL_65|FCOC_MEDIAN_NURSING_65|FCOC_MEDIAN_HOMECARE|WORKFORCE_FILLED_POSTS|WORKFORCE_VACANCY_RATE|"
            + "WORKFORCE_TURNOVER_RATE|WORKFORCE_CARE_WORKERS_CHANGE|FUNDED_CARE_HOME_18_64|FUNDED_CARE_HOME_65_74|"
            + "FUNDED_CARE_HOME_75_84|FUNDED_CARE_HOME_85_89|FUNDED_CARE_HOME_90_PLUS|FUNDED_HOMECARE_18_64|FUNDED_HOMECARE_65_74|"
            + "FUNDED_HOMECARE_75_84|FUNDED_HOMECARE_85_89|FUNDED_HOMECARE_90_PLUS)$";
    static final String CODES_MESSAGE = "must be one of the reference figure codes (see ReferenceFigure.code)";
    static final String DIMENSIONS = "^(MARKET_QUALITY|MARKET_SUPPLY|COUNCIL_DEMAND|COUNCIL_AMBITION|MARKET_WORKFORCE|MARKET_MATURITY)$";
    static final String DIMENSIONS_MESSAGE = "must be one of MARKET_QUALITY, MARKET_SUPPLY, COUNCIL_DEMAND, COUNCIL_AMBITION, "
            + "MARKET_WORKFORCE, MARKET_MATURITY";
    static final String NAME = "^[\\p{L}\\p{N} ,.'()&-]{1,60}$";
    static final String NAME_MESSAGE = "must be 1 to 60 letters, digits, spaces and , . ' ( ) & -";

    @Inject
    CouncilInputs inputs;

    @Inject
    Sufficiency sufficiency;

    @Inject
    org.caremarket.sufficiency.control.Statements statements;

    @Inject
    org.caremarket.platform.boundary.PublicUrl links;

    Market market(String council, String kind, String locality) {
        return sufficiency.market(council, SufficiencyResource.kind(kind), locality);
    }

    @Schema(name = "ReferenceFigure", description = "A figure the council entered.")
    public record ReferenceView(@Schema(implementation = ReferenceCode.class) String code, String indicator, String label,
                         java.math.BigDecimal value, String unit, LocalDate asOf, String source, java.time.Instant updatedAt) {
        static ReferenceView of(ReferenceFigure f) {
            return new ReferenceView(f.code().name(), f.code().indicator(), f.code().label(), f.value(), f.code().unit(),
                    f.asOf(), f.source(), f.updatedAt());
        }
    }

    @Schema(name = "Locality", description = "A council-defined locality: a name and its postcode districts.")
    public record LocalityView(String name, List<String> districts) {
        static LocalityView of(Locality l) {
            return new LocalityView(l.name(), l.districtList());
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(field, "is not a date in the calendar");
        }
    }

    @GET
    @Path("reference-figures")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "referenceFigures", summary = "The figures a council entered",
            description = "Usual (framework) rates in the six MSIF categories, spot and framework home care rates, the "
                    + "council's Fair Cost of Care medians, Skills for Care workforce figures and council-funded people by "
                    + "age band, each with its date and source.")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ReferenceView> references(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                          @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        return inputs.references(council).stream().map(ReferenceView::of).toList();
    }

    @GET
    @Path("reference-figures.csv")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "referenceFiguresCsv", summary = "The figures a council entered, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response referencesCsv(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                  @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        return SufficiencyResource.csv(Tables.references(inputs.references(council)), council);
    }

    @PUT
    @Path("reference-figures/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "setReferenceFigure", summary = "Enter a reference figure",
            description = "Sets (or replaces) one figure with its date and source. Percentages lie between 0 and 100; "
                    + "amounts are not negative; the date is not in the future. Audited with the value before and after.")
    @APIResponse(responseCode = "200", description = "The figure as stored.", content = @Content(schema = @Schema(implementation = ReferenceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReferenceView setReference(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                      @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                                      @Parameter(description = "Which figure.", schema = @Schema(implementation = ReferenceCode.class))
                                      @PathParam("code") @Pattern(regexp = CODES, message = CODES_MESSAGE) String code,
                                      @Valid @NotNull(message = "a JSON body is required") Inputs.ReferenceInput body) {
        return ReferenceView.of(inputs.setReference(council, ReferenceCode.valueOf(code), body.value(), date("asOf", body.asOf()),
                body.source().strip()));
    }

    @DELETE
    @Path("reference-figures/{code}")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "deleteReferenceFigure", summary = "Remove a reference figure", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteReference(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                    @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                                    @Parameter(description = "Which figure.", schema = @Schema(implementation = ReferenceCode.class))
                                    @PathParam("code") @Pattern(regexp = CODES, message = CODES_MESSAGE) String code) {
        inputs.deleteReference(council, ReferenceCode.valueOf(code));
        return Response.noContent().build();
    }

    @GET
    @Path("localities")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "localities", summary = "A council's localities",
            description = "The groupings of postcode districts its commissioners defined; indicators and snapshots can be cut to one.")
    @APIResponse(responseCode = "200", description = "The localities.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LocalityView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<LocalityView> localities(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                         @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        return inputs.localities(council).stream().map(LocalityView::of).toList();
    }

    @PUT
    @Path("localities/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "defineLocality", summary = "Define a locality",
            description = "Sets (or replaces) the postcode districts a locality groups; each must be a known postcode district. Audited.")
    @APIResponse(responseCode = "200", description = "The locality.", content = @Content(schema = @Schema(implementation = LocalityView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public LocalityView defineLocality(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                       @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                                       @Parameter(description = "The locality's name.", example = "Leeds North West")
                                       @PathParam("name") @UnicodePattern(regexp = NAME, message = NAME_MESSAGE) String name,
                                       @Valid @NotNull(message = "a JSON body is required") Inputs.LocalityInput body) {
        return LocalityView.of(inputs.defineLocality(council, name, body.districts()));
    }

    @DELETE
    @Path("localities/{name}")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "deleteLocality", summary = "Remove a locality", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteLocality(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                   @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                                   @Parameter(description = "The locality's name.", example = "Leeds North West")
                                   @PathParam("name") @UnicodePattern(regexp = NAME, message = NAME_MESSAGE) String name) {
        inputs.deleteLocality(council, name);
        return Response.noContent().build();
    }

    @GET
    @Path("rating-grid")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "marketRatingGrid", summary = "A council's market rating grid",
            description = "For each kind of service the council has: the six dimensions (quality, supply, council demand, "
                    + "council ambition, workforce, maturity), each with the value its rule derives, the evidence figures it "
                    + "read, and the commissioner's rating over it with a reason and the date assessed on, where set.")
    @APIResponse(responseCode = "200", description = "The grid.", content = @Content(schema = @Schema(implementation = Views.GridView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.GridView grid(@Parameter(description = "GSS code of the council.", example = "E08000035")
                               @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        Market m = sufficiency.market(council);
        return new Views.GridView(m.councilCode(), m.councilName(), sufficiency.grid(m));
    }

    @GET
    @Path("rating-grid.csv")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "marketRatingGridCsv", summary = "A council's market rating grid, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response gridCsv(@Parameter(description = "GSS code of the council.", example = "E08000035")
                            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        Market m = sufficiency.market(council);
        return SufficiencyResource.csv(Tables.grid(sufficiency.grid(m)), m.councilCode());
    }

    @PUT
    @Path("rating-grid/{market}/{dimension}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "setMarketRating", summary = "Set a market rating over the rule's",
            description = "A value of the dimension's scale (quality: Good, Requires improvement, Poor; supply: Good, Limited, "
                    + "Insufficient, Over-supplied; demand: Increasing, Stable, Decreasing, each optionally /High; ambition: "
                    + "Increase, Maintain, Manage, Decrease; workforce: Low risk, Medium risk, High risk; maturity: Mature, "
                    + "Evolving, Emerging), a reason and the date assessed on (not in the future). The rule's value of this "
                    + "moment is kept beside it. Audited.")
    @APIResponse(responseCode = "200", description = "The market's grid row as it now stands.", content = @Content(schema = @Schema(implementation = Views.GridView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.GridView rate(@Parameter(description = "GSS code of the council.", example = "E08000035")
                               @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                               @Parameter(description = "The market (service kind).", schema = @Schema(implementation = ServiceKind.class))
                               @PathParam("market") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String market,
                               @Parameter(description = "The dimension.", schema = @Schema(implementation = Dimension.class))
                               @PathParam("dimension") @Pattern(regexp = DIMENSIONS, message = DIMENSIONS_MESSAGE) String dimension,
                               @Valid @NotNull(message = "a JSON body is required") Inputs.RatingInput body) {
        inputs.rate(council, ServiceKind.valueOf(market), Dimension.valueOf(dimension), body.rating(), body.reason().strip(),
                date("assessedOn", body.assessedOn()));
        return grid(council);
    }

    @DELETE
    @Path("rating-grid/{market}/{dimension}")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "clearMarketRating", summary = "Go back to the rule's rating", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Cleared.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response clear(@Parameter(description = "GSS code of the council.", example = "E08000035")
                          @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                          @Parameter(description = "The market (service kind).", schema = @Schema(implementation = ServiceKind.class))
                          @PathParam("market") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String market,
                          @Parameter(description = "The dimension.", schema = @Schema(implementation = Dimension.class))
                          @PathParam("dimension") @Pattern(regexp = DIMENSIONS, message = DIMENSIONS_MESSAGE) String dimension) {
        inputs.clearRating(council, ServiceKind.valueOf(market), Dimension.valueOf(dimension));
        return Response.noContent().build();
    }

    @GET
    @Path("indicators")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "sufficiencyIndicators", summary = "A council's market sufficiency indicators",
            description = "The indicator dictionary computed from the live market: demography (D1–D3, D7), care homes "
                    + "(CH1–CH9, CH11–CH13), home care (HC1, HC5), brokerage (B1–B7), market structure (M1–M3), personal "
                    + "assistants (PA1–PA3), fees (F1, F2, F4, F5) and workforce (W1–W4). Each carries its id, definition, "
                    + "numerator, denominator, unit, date of the data, source and England comparator; one the data cannot "
                    + "support has no value and a status saying why (NO_POPULATION_DATA, NO_DATA, NOT_ENTERED). Cut by "
                    + "service kind and by locality (a postcode district, or a locality the council defined). A COMMISSIONER "
                    + "reads its own council, an ADMIN any.")
    @APIResponse(responseCode = "200", description = "The indicators.", content = @Content(schema = @Schema(implementation = Views.IndicatorsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.IndicatorsView indicators(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "Cut to one kind of service.", schema = @Schema(implementation = ServiceKind.class))
            @QueryParam("kind") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String kind,
            @Parameter(description = "Cut to a postcode district or a locality the council defined.", example = "LS6")
            @QueryParam("locality") @UnicodePattern(regexp = SufficiencyResource.LOCALITY, message = SufficiencyResource.LOCALITY_MESSAGE) String locality) {
        Market m = market(council, kind, locality);
        return new Views.IndicatorsView(m.councilCode(), m.councilName(), m.marketName(), m.localityName(), m.now(),
                sufficiency.indicators(m));
    }

    @GET
    @Path("indicators.csv")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "sufficiencyIndicatorsCsv", summary = "A council's market sufficiency indicators, as CSV",
            description = "The same indicators as the JSON, one line each, with every column needed to check them by hand.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response indicatorsCsv(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "Cut to one kind of service.", schema = @Schema(implementation = ServiceKind.class))
            @QueryParam("kind") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String kind,
            @Parameter(description = "Cut to a postcode district or a locality the council defined.", example = "LS6")
            @QueryParam("locality") @UnicodePattern(regexp = SufficiencyResource.LOCALITY, message = SufficiencyResource.LOCALITY_MESSAGE) String locality) {
        Market m = market(council, kind, locality);
        return SufficiencyResource.csv(Tables.indicators("indicators", "Indicators", sufficiency.indicators(m)), m.councilCode());
    }

    @GET
    @Path("dashboard")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "sufficiencyDashboard", summary = "A council's market dashboard tiles",
            description = "Occupancy, spare admittable beds, beds per 100 aged 75+, quality, time to source, unsourced "
                    + "requests, awards above the usual rate, the gap to the Fair Cost of Care, homes under 80% and "
                    + "entries/exits: each with its value, England comparator and a red/amber/green status with its rule.")
    @APIResponse(responseCode = "200", description = "The tiles.", content = @Content(schema = @Schema(implementation = Views.DashboardView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.DashboardView dashboard(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        Market m = sufficiency.market(council);
        List<Views.Tile> tiles = Tiles.of(sufficiency.indicators(m)).stream().map(t -> new Views.Tile(t.indicator().id(),
                t.indicator().name(), t.indicator().value(), t.indicator().unit(), t.indicator().status(), t.indicator().note(),
                t.indicator().comparator(), Views.Rag.valueOf(t.rag()), t.rule())).toList();
        return new Views.DashboardView(m.councilCode(), m.councilName(), m.now(), tiles);
    }

    @GET
    @Path("snapshots")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "sufficiencySnapshots", summary = "A council's monthly market snapshots",
            description = "For each month (oldest first) and kind of service, computed from the vacancy history on the "
                    + "Capacity Tracker window: each service's latest report made before the 15th (within 35 days); services "
                    + "registered and reporting; capacity; occupied; vacant admittable and not admittable; occupancy; how many "
                    + "ran under 80% occupied. Trends (occupancy by month, homes under 80% three months running) are read "
                    + "from these.")
    @APIResponse(responseCode = "200", description = "The snapshots.", content = @Content(schema = @Schema(implementation = Views.SnapshotsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.SnapshotsView snapshots(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "How many months, 1–13 (default 12).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "13"))
            @QueryParam("months") @Pattern(regexp = "^([1-9]|1[0-3])$", message = "must be a whole number from 1 to 13") String months,
            @Parameter(description = "Cut to one kind of service.", schema = @Schema(implementation = ServiceKind.class))
            @QueryParam("kind") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String kind,
            @Parameter(description = "Cut to a postcode district or a locality the council defined.", example = "LS6")
            @QueryParam("locality") @UnicodePattern(regexp = SufficiencyResource.LOCALITY, message = SufficiencyResource.LOCALITY_MESSAGE) String locality) {
        Market m = market(council, kind, locality);
        return new Views.SnapshotsView(m.councilCode(), m.marketName(), m.localityName(),
                sufficiency.snapshots(m, months == null ? 12 : Integer.parseInt(months)));
    }

    @GET
    @Path("snapshots.csv")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "sufficiencySnapshotsCsv", summary = "A council's monthly market snapshots, as CSV",
            description = "The same snapshots as the JSON, one line per month and kind.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response snapshotsCsv(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "How many months, 1–13 (default 12).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "13"))
            @QueryParam("months") @Pattern(regexp = "^([1-9]|1[0-3])$", message = "must be a whole number from 1 to 13") String months,
            @Parameter(description = "Cut to one kind of service.", schema = @Schema(implementation = ServiceKind.class))
            @QueryParam("kind") @Pattern(regexp = SufficiencyResource.KINDS, message = SufficiencyResource.KIND_MESSAGE) String kind,
            @Parameter(description = "Cut to a postcode district or a locality the council defined.", example = "LS6")
            @QueryParam("locality") @UnicodePattern(regexp = SufficiencyResource.LOCALITY, message = SufficiencyResource.LOCALITY_MESSAGE) String locality) {
        Market m = market(council, kind, locality);
        return SufficiencyResource.csv(Tables.snapshots(sufficiency.snapshots(m, months == null ? 12 : Integer.parseInt(months))), m.councilCode());
    }

    static final String TARGET = "^0?\\.(5\\d*|[6-9]\\d*)$|^1(\\.0+)?$";
    static final String TARGET_MESSAGE = "must be a fraction from 0.5 to 1 (0.9 is 90% occupied)";

    @GET
    @Path("projections")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "sufficiencyProjections", summary = "A council's demand projections and gap",
            description = "Care home beds and home care hours, yearly to +10 years and at +15 and +20. Method A holds today's "
                    + "use rates by age constant and applies them to the ONS projection (beds required = demand ÷ target "
                    + "occupancy; gap = required − today's registered beds); method B fits trend lines to the monthly "
                    + "snapshots (long run, last six months, midpoint). The caveats to print with them are included. A "
                    + "council without population data gets a note saying so and no rows.")
    @APIResponse(responseCode = "200", description = "The projections.", content = @Content(schema = @Schema(implementation = Views.ProjectionsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Views.ProjectionsView projections(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "Target occupancy for beds required, 0.5–1 (default caremarket.sufficiency.target-occupancy, 0.90).", example = "0.9")
            @QueryParam("targetOccupancy") @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String target) {
        Market m = sufficiency.market(council);
        return new Views.ProjectionsView(m.councilCode(), m.councilName(),
                sufficiency.projections(m, target == null ? null : Double.valueOf(target)));
    }

    @GET
    @Path("projections.csv")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Produces({"text/csv", MediaType.WILDCARD})
    @Operation(operationId = "sufficiencyProjectionsCsv", summary = "A council's care home projection, as CSV",
            description = "The care home projection's rows (method A and B side by side), or with market=HOMECARE the home "
                    + "care projection's.")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response projectionsCsv(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "CARE_HOMES (default) or HOMECARE.")
            @QueryParam("market") @Pattern(regexp = "^(CARE_HOMES|HOMECARE)$", message = "must be CARE_HOMES or HOMECARE") String market,
            @Parameter(description = "Target occupancy for beds required, 0.5–1 (default 0.90).", example = "0.9")
            @QueryParam("targetOccupancy") @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String target) {
        Market m = sufficiency.market(council);
        var projections = sufficiency.projections(m, target == null ? null : Double.valueOf(target));
        return SufficiencyResource.csv(Tables.projection(projections.get("HOMECARE".equals(market) ? 1 : 0)), m.councilCode());
    }

    @GET
    @Path("statements")
    @Public
    @SecurityRequirements
    @Operation(operationId = "statements", summary = "A council's Market Position Statements",
            description = "Public: the council's published editions, newest first. Its commissioners (and ADMINs) also see "
                    + "its drafts.")
    @APIResponse(responseCode = "200", description = "The editions.", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StatementsResource.StatementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<StatementsResource.StatementView> list(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                    @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council) {
        return statements.list(council).stream().map(e -> StatementsResource.StatementView.of(e, links, null)).toList();
    }

    @POST
    @Path("statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "draftStatement", summary = "Draft a Market Position Statement",
            description = "A COMMISSIONER for its own council, an ADMIN for any. The draft is visible only to the council's "
                    + "commissioners and ADMINs and is rendered with the live figures whenever it is read. Audited.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names it.",
            headers = {@Header(name = "Location", description = "URL of the statement.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = StatementsResource.StatementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response draft(@Parameter(description = "GSS code of the council.", example = "E08000035")
                          @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                          @Valid @NotNull(message = "a JSON body is required") StatementInput body) {
        Edition e = statements.draft(council, body.title().strip(), body.narrative());
        return Response.created(links.api("sufficiency", "statements", e.id())).tag(EntityTags.of(e.version()))
                .entity(StatementsResource.StatementView.of(e, links, null)).build();
    }
}
