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
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.control.CouncilInputs;
import org.caremarket.sufficiency.control.Market;
import org.caremarket.sufficiency.control.Sufficiency;
import org.caremarket.sufficiency.control.Tables;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a council's commissioners enter beside the live market (reference figures, localities) and the market rating
 * grid they may set over the rules'. A COMMISSIONER for its own council, an ADMIN for any; every change audited.
 */
@Path("sufficiency/councils/{council}")
@Tag(name = "Sufficiency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
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

    @Schema(name = "ReferenceFigure", description = "A figure the council entered.")
    record ReferenceView(@Schema(implementation = ReferenceCode.class) String code, String indicator, String label,
                         java.math.BigDecimal value, String unit, LocalDate asOf, String source, java.time.Instant updatedAt) {
        static ReferenceView of(ReferenceFigure f) {
            return new ReferenceView(f.code().name(), f.code().indicator(), f.code().label(), f.value(), f.code().unit(),
                    f.asOf(), f.source(), f.updatedAt());
        }
    }

    @Schema(name = "Locality", description = "A council-defined locality: a name and its postcode districts.")
    record LocalityView(String name, List<String> districts) {
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
                                       @PathParam("name") @Pattern(regexp = NAME, message = NAME_MESSAGE) String name,
                                       @Valid @NotNull(message = "a JSON body is required") Inputs.LocalityInput body) {
        return LocalityView.of(inputs.defineLocality(council, name, body.districts()));
    }

    @DELETE
    @Path("localities/{name}")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @Operation(operationId = "deleteLocality", summary = "Remove a locality", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deleteLocality(@Parameter(description = "GSS code of the council.", example = "E08000035")
                                   @PathParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
                                   @Parameter(description = "The locality's name.", example = "Leeds North West")
                                   @PathParam("name") @Pattern(regexp = NAME, message = NAME_MESSAGE) String name) {
        inputs.deleteLocality(council, name);
        return Response.noContent().build();
    }

    @GET
    @Path("rating-grid")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
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
}
