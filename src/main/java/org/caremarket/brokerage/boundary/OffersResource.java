package org.caremarket.brokerage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.control.Offers;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.OfferStatus;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.control.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("offers")
@Tag(name = "Brokerage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class OffersResource {

    @Inject
    Offers offers;

    @Inject
    Clock clock;

    @GET
    @Allowed({Role.PROVIDER, Role.ADMIN})
    @Operation(operationId = "listOffers", summary = "A provider's offers, newest first",
            description = "A PROVIDER key lists its own provider's offers, each with the request as a provider sees it.")
    @APIResponse(responseCode = "200", description = "One page of offers.",
            content = @Content(schema = @Schema(implementation = OfferPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public OfferPage list(
            @Parameter(description = "The provider (an ADMIN must say; a PROVIDER key is its own).")
            @QueryParam("providerId") @Size(max = 36, message = "must be at most 36 characters") String providerId,
            @Parameter(description = "Only offers with this status now.", schema = @Schema(implementation = OfferStatus.class))
            @QueryParam("status") @OneOf(OfferStatus.class) String status,
            @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(description = "Results per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<Offers.Detail> found = offers.forProvider(providerId,
                status == null ? null : OneOfValidator.parse(OfferStatus.class, status), Paging.page(page), Paging.size(size, 20));
        Instant now = clock.instant();
        return new OfferPage(found.items().stream().map(d -> OfferView.of(d.offer(), d.carePackage(), d.carePackage().priceCap(), now)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Allowed({Role.PROVIDER, Role.ADMIN, Role.BROKER, Role.COMMISSIONER, Role.PERSON})
    @Operation(operationId = "getOffer", summary = "One offer, with the request as a provider sees it")
    @APIResponse(responseCode = "200", description = "The offer.", content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public OfferView get(@PathParam("id") String id) {
        return view(offers.read(id));
    }

    @POST
    @Path("{id}/accept")
    @Allowed({Role.PROVIDER, Role.ADMIN})
    @Operation(operationId = "acceptOffer", summary = "Accept an offer, with a price",
            description = "Only the offer's provider, before it expires, while the request is open.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AcceptInput.class)))
    @APIResponse(responseCode = "200", description = "Accepted.", content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public OfferView accept(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") AcceptInput body) {
        return view(offers.accept(id, body.price(), CarePackageInput.blankToNull(body.note())));
    }

    @POST
    @Path("{id}/decline")
    @Allowed({Role.PROVIDER, Role.ADMIN})
    @Operation(operationId = "declineOffer", summary = "Decline an offer, with a reason",
            description = "Only the offer's provider; also takes back an acceptance not yet awarded.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeclineInput.class)))
    @APIResponse(responseCode = "200", description = "Declined.", content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public OfferView decline(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") DeclineInput body) {
        return view(offers.decline(id, OneOfValidator.parse(DeclineReason.class, body.reason()),
                CarePackageInput.blankToNull(body.note())));
    }

    private OfferView view(Offers.Detail d) {
        return OfferView.of(d.offer(), d.carePackage(), d.carePackage().priceCap(), clock.instant());
    }
}
