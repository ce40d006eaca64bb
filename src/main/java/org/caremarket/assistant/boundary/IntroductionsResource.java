package org.caremarket.assistant.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.control.Introductions;
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

@Path("introductions")
@Tag(name = "Personal assistants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class IntroductionsResource {

    @Inject
    Introductions introductions;

    @GET
    @Allowed({Role.ASSISTANT, Role.PERSON, Role.BROKER, Role.ADMIN})
    @Operation(operationId = "listIntroductions", summary = "Introductions, newest first",
            description = "A PA's to them; a person's or broker's own; all for an ADMIN.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(schema = @Schema(implementation = IntroductionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public IntroductionPage list(
            @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(description = "Results per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<Introductions.Seen> found = introductions.list(Paging.page(page), Paging.size(size, 20));
        return new IntroductionPage(found.items().stream().map(IntroductionView::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Allowed({Role.ASSISTANT, Role.PERSON, Role.BROKER, Role.ADMIN})
    @Operation(operationId = "getIntroduction", summary = "One introduction", description = "For the PA, the requester, or an ADMIN.")
    @APIResponse(responseCode = "200", description = "The introduction.", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public IntroductionView get(@PathParam("id") String id) {
        return IntroductionView.of(introductions.read(id));
    }

    @POST
    @Path("{id}/accept")
    @Allowed(Role.ASSISTANT)
    @Operation(operationId = "acceptIntroduction", summary = "The PA accepts: contact details are shared both ways")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerInput.class)))
    @APIResponse(responseCode = "200", description = "Accepted.", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public IntroductionView accept(@PathParam("id") String id, @Valid AnswerInput body) {
        return IntroductionView.of(introductions.accept(id, note(body)));
    }

    @POST
    @Path("{id}/decline")
    @Allowed(Role.ASSISTANT)
    @Operation(operationId = "declineIntroduction", summary = "The PA declines: no contact details are ever shared")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerInput.class)))
    @APIResponse(responseCode = "200", description = "Declined.", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public IntroductionView decline(@PathParam("id") String id, @Valid AnswerInput body) {
        return IntroductionView.of(introductions.decline(id, note(body)));
    }

    @POST
    @Path("{id}/withdraw")
    @Allowed({Role.PERSON, Role.BROKER})
    @Operation(operationId = "withdrawIntroduction", summary = "The requester takes back an introduction the PA has not answered")
    @APIResponse(responseCode = "200", description = "Withdrawn.", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public IntroductionView withdraw(@PathParam("id") String id) {
        return IntroductionView.of(introductions.withdraw(id));
    }

    private static String note(AnswerInput body) {
        return body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
    }
}
