package org.caremarket.register.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.control.Page;
import org.caremarket.register.control.Providers;
import org.caremarket.register.entity.Provider;
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

@Path("providers")
@Tag(name = "Providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    @Inject
    Providers providers;

    @Inject
    PublicUrl links;

    @Public
    @SecurityRequirements
    @GET
    @Operation(operationId = "listProviders", summary = "List providers by name")
    @APIResponse(responseCode = "200", description = "One page of providers.",
            content = @Content(schema = @Schema(implementation = ProviderPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ProviderPage list(
            @Parameter(description = "Text the provider's name contains (any case).") @QueryParam("q")
            @Size(max = 100, message = "must be at most 100 characters") String q,
            @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(description = "Results per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<Provider> found = providers.list(q, Paging.page(page),
                Paging.size(size, 20));
        return new ProviderPage(found.items().stream().map(p -> ProviderView.of(p, providers.serviceCount(p.id()))).toList(),
                found.page(), found.size(), found.total());
    }

    @Allowed(Role.ADMIN)
    @SecurityRequirement(name = "apiKey")
    @POST
    @Operation(operationId = "createProvider", summary = "Register a provider")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewProvider.class)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new provider.",
            headers = {@Header(name = "Location", description = "URL of the new provider.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull(message = "a JSON body is required") NewProvider body) {
        Provider provider = providers.register(body.toDetails());
        return Response.created(links.api("providers", provider.id()))
                .tag(EntityTags.of(provider.version()))
                .entity(ProviderView.of(provider, 0))
                .build();
    }

    @Public
    @SecurityRequirements
    @GET
    @Path("{id}")
    @Operation(operationId = "getProvider", summary = "One provider")
    @APIResponse(responseCode = "200", description = "The provider.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        Provider provider = providers.require(id);
        return Response.ok(ProviderView.of(provider, providers.serviceCount(id)))
                .tag(EntityTags.of(provider.version())).build();
    }

    @Allowed({Role.ADMIN, Role.PROVIDER})
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateProvider", summary = "Replace a provider's details",
            description = "Send the whole record and the ETag you read in If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewProvider.class)))
    @APIResponse(responseCode = "200", description = "Updated.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response update(@PathParam("id") String id,
                           @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") NewProvider body) {
        Provider provider = providers.revise(id, EntityTags.parseIfMatch(ifMatch), body.toDetails());
        return Response.ok(ProviderView.of(provider, providers.serviceCount(id)))
                .tag(EntityTags.of(provider.version())).build();
    }
}
