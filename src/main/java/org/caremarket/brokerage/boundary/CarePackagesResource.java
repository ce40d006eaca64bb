package org.caremarket.brokerage.boundary;

import org.caremarket.platform.boundary.CouncilCode;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.control.CarePackages;
import org.caremarket.brokerage.control.MatchingSettings;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Instants;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.register.control.Freshness;
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

@Path("care-packages")
@Tag(name = "Brokerage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class CarePackagesResource {

    static final String LIMIT = "^([1-9]|[1-9][0-9]|100)$";

    @Inject
    CarePackages packages;

    @Inject
    MatchingSettings settings;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    @Inject
    PublicUrl links;

    @POST
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "requestCarePackage", summary = "Request care for one person",
            description = "A council's BROKER requests for its council; a PERSON for themselves (paid by DIRECT_PAYMENT or "
                    + "SELF_FUNDED). The postcode is kept for matching; providers see only its district until an award.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CarePackageInput.class)))
    @APIResponse(responseCode = "201", description = "Requested; Location names it.",
            headers = {@Header(name = "Location", description = "URL of the request.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = CarePackageView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response request(@Valid @NotNull(message = "a JSON body is required") CarePackageInput body) {
        List<FieldError> problems = new java.util.ArrayList<>();
        body.crossCheck(LocalDate.now(clock.withZone(ZoneOffset.UTC)), problems);
        CarePackage p = packages.request(body.toNeeds(settings.defaultDistanceKm()), body.postcode(), body.familyPostcode(),
                body.councilCode(), problems);
        return Response.created(links.api("care-packages", p.id())).tag(EntityTags.of(p.version()))
                .entity(CarePackageView.of(p, List.of(), clock.instant())).build();
    }

    @GET
    @Allowed({Role.BROKER, Role.COMMISSIONER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "listCarePackages", summary = "Care-package requests, newest first",
            description = "A broker's or commissioner's council's requests; a person's own; for an ADMIN, one council's or all.")
    @APIResponse(responseCode = "200", description = "One page of requests.",
            content = @Content(schema = @Schema(implementation = CarePackagePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public CarePackagePage list(
            @Parameter(description = "GSS code of the council (default: the key's own).", example = "E08000035")
            @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
            String council,
            @Parameter(description = "Requested from this date (UTC midnight) or instant (default: 90 days ago).", example = "2026-11-01")
            @QueryParam("from") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String from,
            @Parameter(description = "Requested before this date or instant (default: now).", example = "2026-12-01")
            @QueryParam("to") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String to,
            @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(description = "Results per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Instant[] period = Instants.period(from, to, clock, Duration.ofDays(90));
        Page<CarePackage> found = packages.list(council, period[0], period[1], Paging.page(page), Paging.size(size, 20));
        Instant now = clock.instant();
        return new CarePackagePage(found.items().stream()
                .map(p -> CarePackageView.of(p, packages.offersOf(p.id()), now)).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Allowed({Role.BROKER, Role.COMMISSIONER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "getCarePackage", summary = "One request, with its offers")
    @APIResponse(responseCode = "200", description = "The request.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CarePackageView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        return detail(packages.read(id));
    }

    @GET
    @Path("{id}/matches")
    @Allowed({Role.BROKER, Role.COMMISSIONER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "matchCarePackage", summary = "The services best placed to take a request, with reasons",
            description = "Ranked by a score out of 100, the weighted mean of six factors (distance, quality, price, capacity, "
                    + "freshness, continuity; weights in caremarket.matching.weight.*), each explained. Services of the kind in "
                    + "the council's area or within the distance that cannot take the package are counted by the first reason "
                    + "that rules them out. Deregistered, dormant and not-accepting services never match. Read from an "
                    + "in-memory index at most about a second behind the database.")
    @APIResponse(responseCode = "200", description = "The matches.",
            content = @Content(schema = @Schema(implementation = MatchesView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MatchesView matches(@PathParam("id") String id,
            @Parameter(description = "How many matches to list, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") @Pattern(regexp = LIMIT, message = "must be a whole number from 1 to 100") String limit) {
        var result = packages.matches(id, limit == null ? 20 : Integer.parseInt(limit));
        return MatchesView.of(id, result, packages.maxDistanceKm(id), freshness.staleAfterDays());
    }

    @POST
    @Path("{id}/offers")
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "offerCarePackage", summary = "Offer a request to services",
            description = "Each service once per request, of the kind requested and registered. The request becomes OFFERED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OffersInput.class)))
    @APIResponse(responseCode = "201", description = "The offers sent.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OfferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response offer(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") OffersInput body) {
        List<Offer> sent = packages.offer(id, body.serviceIds(),
                body.respondWithinHours() == null ? null : Duration.ofHours(body.respondWithinHours()));
        Instant now = clock.instant();
        return Response.status(Response.Status.CREATED).entity(sent.stream().map(o -> OfferView.of(o, null, null, now)).toList()).build();
    }

    @POST
    @Path("{id}/award")
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "awardCarePackage", summary = "Award a request to an accepted offer",
            description = "In one transaction: the service's capacity is taken (one bed, unit, placement or place of the type, "
                    + "or the homecare hours), the offer is AWARDED, the other open offers NOT_AWARDED, the request AWARDED. "
                    + "When the capacity has gone (another award took the last bed) nothing changes and the answer is 409. "
                    + "An offer accepted above the request's price cap (overPriceCap) is awarded only with "
                    + "overCapConfirmed: true; otherwise 409 /problems/over-price-cap and nothing changes.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AwardInput.class)))
    @APIResponse(responseCode = "200", description = "Awarded.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CarePackageView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response award(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") AwardInput body) {
        return detail(packages.award(id, body.offerId(), Boolean.TRUE.equals(body.overCapConfirmed())));
    }

    @POST
    @Path("{id}/cancel")
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "cancelCarePackage", summary = "Cancel a request", description = "Open offers are WITHDRAWN.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CloseInput.class)))
    @APIResponse(responseCode = "200", description = "Cancelled.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CarePackageView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response cancel(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") CloseInput body) {
        return detail(packages.cancel(id, OneOfValidator.parse(CloseReason.class, body.reason()), CarePackageInput.blankToNull(body.note())));
    }

    @POST
    @Path("{id}/unsourced")
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Operation(operationId = "closeCarePackageUnsourced", summary = "Close a request that could not be sourced",
            description = "With the reason, which the brokerage metrics and the market position statement count. Open offers "
                    + "are WITHDRAWN.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CloseInput.class)))
    @APIResponse(responseCode = "200", description = "Closed as unsourced.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CarePackageView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response unsourced(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") CloseInput body) {
        return detail(packages.unsourced(id, OneOfValidator.parse(CloseReason.class, body.reason()), CarePackageInput.blankToNull(body.note())));
    }

    @POST
    @Path("{id}/offers/{offerId}/withdraw")
    @Allowed({Role.BROKER, Role.PERSON, Role.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawOffer", summary = "Withdraw an offer not yet awarded")
    @APIResponse(responseCode = "200", description = "Withdrawn.", content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public OfferView withdraw(@PathParam("id") String id, @PathParam("offerId") String offerId) {
        Offer withdrawn = packages.withdraw(id, offerId);
        return OfferView.of(withdrawn, null, packages.require(id).priceCap(), clock.instant());
    }

    private Response detail(CarePackages.Detail d) {
        return Response.ok(CarePackageView.of(d.carePackage(), d.offers(), clock.instant()))
                .tag(EntityTags.of(d.carePackage().version())).build();
    }

}
