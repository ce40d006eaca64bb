package org.caremarket.assistant.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.Public;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.control.AssistantIndex;
import org.caremarket.assistant.control.AssistantSettings;
import org.caremarket.assistant.control.AssistantSupply;
import org.caremarket.assistant.control.Assistants;
import org.caremarket.assistant.control.EmployerCosts;
import org.caremarket.assistant.control.Introductions;
import org.caremarket.assistant.entity.TravelGrid;
import org.caremarket.assistant.entity.EmployerCost;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Ranking;
import org.caremarket.assistant.entity.SearchCriteria;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("assistants")
@Tag(name = "Personal assistants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistantsResource {

    @Inject
    EmployerCosts costs;

    @Inject
    PublicUrl links;

    static final String MONEY = "^\\d{1,3}(\\.\\d{1,2})?$";
    static final String MONEY_MESSAGE = "must be pounds and pence, e.g. 13 or 12.71";

    @Inject
    Assistants assistants;

    @Inject
    AssistantIndex index;

    @Inject
    AssistantSupply supply;

    @Inject
    AssistantSettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    Geocoder geocoder;

    @Inject
    Clock clock;

    @Inject
    Introductions introductions;

    @GET
    @Path("me")
    @Allowed(Role.ASSISTANT)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "getOwnAssistantProfile", summary = "The PA's own profile, private parts included")
    @APIResponse(responseCode = "200", description = "The profile.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response mine() {
        PersonalAssistant pa = assistants.mine();
        return Response.ok(ProfileView.of(pa, pa.checks(today(), settings.dbsRenewalYears()))).tag(EntityTags.of(pa.version())).build();
    }

    @PUT
    @Path("me")
    @Allowed(Role.ASSISTANT)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "keepOwnAssistantProfile", summary = "Create or replace the PA's own profile",
            description = "The first PUT creates the profile (201). Later ones replace it and need the ETag read in If-Match "
                    + "(428 without, 412 when stale). Changing the DBS, right-to-work or insurance facts, or the name, withdraws "
                    + "a council's verification.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProfileInput.class)))
    @APIResponse(responseCode = "200", description = "Replaced.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response keep(@Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull(message = "a JSON body is required") ProfileInput body) {
        List<FieldError> problems = new ArrayList<>();
        body.crossCheck(today(), problems);
        Assistants.Kept kept = assistants.keep(EntityTags.parseIfMatch(ifMatch), body.toDraft(today()), problems);
        PersonalAssistant pa = kept.assistant();
        return Response.status(kept.created() ? 201 : 200).tag(EntityTags.of(pa.version()))
                .entity(ProfileView.of(pa, pa.checks(today(), settings.dbsRenewalYears()))).build();
    }

    @GET
    @Path("search")
    @Allowed({Role.PERSON, Role.BROKER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "searchAssistants", summary = "Find PAs who can work when and where help is needed",
            description = "For a direct-payment holder (or a broker for them). PAs are in reach when the person's postcode is "
                    + "within the distance they travel, or in a district they name; those free at none of the times needed, "
                    + "starting later, asking more than maxRate, not of the gender or language asked for (or not verified, "
                    + "with verifiedOnly) are counted under the first such reason and left out. The rest are scored out of 100: "
                    + "availability (hours of the slots needed they are free), skills (share of those asked for), travel, "
                    + "rate (towards the National Living Wage) and verification, weighted by caremarket.assistant.weight.*. "
                    + "Results show what a first contact needs: never an address, phone or email.")
    @APIResponse(responseCode = "200", description = "The PAs, best first.",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public SearchResults search(@Valid @BeanParam AssistantQuery query) {
        caller.require(Role.PERSON, Role.BROKER, Role.ADMIN);
        LocalDate today = today();
        SearchCriteria c = query.toCriteria(query.place(geocoder), today, costs.ratesOn(today), settings.dbsRenewalYears());
        TravelGrid.Outcome outcome = index.search(c, settings.weights());
        org.caremarket.assistant.entity.SearchWeights w = settings.weights();
        List<SearchResults.Result> results = new ArrayList<>(outcome.results().size());
        for (TravelGrid.Ranked r : outcome.results()) {
            org.caremarket.assistant.entity.Listing l = r.listing();
            org.caremarket.assistant.entity.Checks checks = l.checks(today, settings.dbsRenewalYears());
            results.add(new SearchResults.Result(l.id(), l.displayName(), l.district(), Math.max(1, Math.round(r.distanceKm())),
                    org.caremarket.assistant.entity.Skill.of(l.skills()), RateView.of(l.rateFrom(), l.rateTo()), r.overlapHours(),
                    checks.verified(), SearchResults.Checks.of(checks), r.score(),
                    Ranking.explain(r, c, w, today).stream().map(SearchResults.FactorView::of).toList()));
        }
        return new SearchResults(c.district(), c.needed().describe(), c.needed().hours(), outcome.inReach(), outcome.matched(),
                new SearchResults.Weights(w.availability(), w.skills(), w.travel(), w.rate(), w.verification()),
                outcome.excluded().entrySet().stream()
                        .map(e -> new SearchResults.Excluded(e.getKey(), e.getKey().reason(), e.getValue())).toList(),
                results);
    }

    @GET
    @Path("cost")
    @Public
    @SecurityRequirements
    @Operation(operationId = "employerCost", summary = "What employing a PA really costs",
            description = "Pay, holiday pay accrued at 12.07% (irregular hours), employer's National Insurance above the "
                    + "secondary threshold, the employer's pension contribution when the PA is auto-enrolled, and employer's "
                    + "liability insurance, for the tax year of today (or taxYear). Given budgetHourlyRate (the direct "
                    + "payment's rate an hour), also how many hours a week that budget buys. Rates are configuration.")
    @APIResponse(responseCode = "200", description = "The cost, line by line.",
            content = @Content(schema = @Schema(implementation = CostView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public CostView cost(
            @Parameter(description = "The PA's pay an hour, in pounds.", required = true, example = "13.00",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("hourlyPay") @NotNull(message = "is required") @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String hourlyPay,
            @Parameter(description = "Hours a week, up to 168, to the quarter hour.", required = true, example = "20",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("hoursPerWeek") @NotNull(message = "is required")
            @Pattern(regexp = "^\\d{1,3}(\\.(0|00|25|5|50|75))?$", message = "must be hours to the quarter, e.g. 20 or 12.75")
            String hoursPerWeek,
            @Parameter(description = "The direct payment's rate an hour for PA support, in pounds.", example = "17.10",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("budgetHourlyRate") @Pattern(regexp = MONEY, message = MONEY_MESSAGE) String budgetHourlyRate,
            @Parameter(description = "Whether the employer claims the Employment Allowance against its National Insurance "
                    + "(default false).", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("claimEmploymentAllowance") @Pattern(regexp = "^(true|false)$", message = "must be true or false")
            String claimEmploymentAllowance,
            @Parameter(description = "The tax year, e.g. 2026-27 (default: the one today is in).", example = "2026-27")
            @QueryParam("taxYear") @Pattern(regexp = "^\\d{4}-\\d{2}$", message = "must be a tax year such as 2026-27") String taxYear) {
        EmployerCosts.Estimate estimate = costs.estimate(new BigDecimal(hourlyPay), new BigDecimal(hoursPerWeek),
                budgetHourlyRate == null ? null : new BigDecimal(budgetHourlyRate), "true".equals(claimEmploymentAllowance),
                taxYear);
        EmployerCosts.Budget b = estimate.budget();
        return CostView.of(estimate.cost(), b == null ? null
                : new CostView.Budget(b.hourlyRate(), b.perWeek(), b.hoursItBuys(), b.leftOverPerWeek()));
    }

    @GET
    @Path("supply")
    @Allowed({Role.COMMISSIONER, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "assistantSupply", summary = "PA supply against demand, by district and skill",
            description = "For a council's market position statement: listed PAs by home district and skill, against "
                    + "introductions waiting for an answer by the person's district and the skills asked for. A COMMISSIONER "
                    + "reads their own council; an ADMIN any (or all England without council).")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(schema = @Schema(implementation = SupplyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public SupplyView supply(
            @Parameter(description = "GSS code of the council (default: the key's own).", example = "E08000035")
            @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
            String council) {
        return SupplyView.of(supply.of(council));
    }

    @GET
    @Path("{id}")
    @Allowed({Role.PERSON, Role.BROKER, Role.COMMISSIONER, Role.ASSISTANT, Role.ADMIN})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "getAssistant", summary = "One PA, as searchers see them",
            description = "Never the home address, phone or email. A PA who has paused their listing is visible only to "
                    + "themselves and an ADMIN.")
    @APIResponse(responseCode = "200", description = "The PA.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AssistantView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        return card(assistants.read(id));
    }

    @PUT
    @Path("{id}/verification")
    @Allowed(Role.ADMIN)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "verifyAssistant", summary = "Mark a PA verified: a council has seen their documents",
            description = "With the ETag read in If-Match. The verification lapses by itself when the PA changes the facts it "
                    + "vouched for.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VerificationInput.class)))
    @APIResponse(responseCode = "200", description = "Verified.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AssistantView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response verify(@PathParam("id") String id, @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") VerificationInput body) {
        return card(assistants.verify(id, EntityTags.parseIfMatch(ifMatch), body.note().strip()));
    }

    @DELETE
    @Path("{id}/verification")
    @Allowed(Role.ADMIN)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "withdrawAssistantVerification", summary = "Withdraw a PA's verification")
    @APIResponse(responseCode = "200", description = "No longer verified.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = AssistantView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response unverify(@PathParam("id") String id, @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return card(assistants.withdrawVerification(id, EntityTags.parseIfMatch(ifMatch)));
    }

    @POST
    @Path("{id}/introductions")
    @Allowed({Role.PERSON, Role.BROKER})
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "requestIntroduction", summary = "Ask to be introduced to a PA",
            description = "The PA sees the message, the postcode district, the skills and times asked for; contact details pass "
                    + "both ways only if they accept. One key may ask for caremarket.assistant.introductions-per-day (10) in "
                    + "any 24 hours (429 after that), and for one introduction at a time to the same PA (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IntroductionInput.class)))
    @APIResponse(responseCode = "201", description = "Asked for; Location names it.",
            headers = @Header(name = "Location", description = "URL of the introduction.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response introduce(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") IntroductionInput body) {
        List<FieldError> problems = new ArrayList<>();
        body.crossCheck(today(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Introductions.Seen seen = introductions.request(id, body.postcode(), body.skills(), body.week(), body.message().strip(),
                body.toContact());
        return Response.created(links.api("introductions", seen.introduction().id()))
                .entity(IntroductionView.of(seen)).build();
    }

    private Response card(PersonalAssistant pa) {
        return Response.ok(AssistantView.of(pa, pa.checks(today(), settings.dbsRenewalYears()))).tag(EntityTags.of(pa.version())).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
