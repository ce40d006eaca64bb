package org.caremarket.access.boundary;

import org.caremarket.platform.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.ApiKey;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.PublicUrl;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("keys")
@Tag(name = "Access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class KeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @Inject
    PublicUrl links;

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "issueKey", summary = "Issue an API key", description = "ADMIN only. The secret is in this response and nowhere else.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewKey.class)))
    @APIResponse(responseCode = "201", description = "Issued.", headers = @Header(name = "Location",
            description = "URL of the key.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response issue(@Valid @NotNull(message = "a JSON body is required") NewKey body) {
        ApiKey.Issued issued = keys.issue(caller.get(), Role.valueOf(body.role()), body.providerId(), body.councilCode(),
                body.subjectId(), body.label().strip());
        return Response.created(links.api("keys", issued.key().id()))
                .cacheControl(noStore()).entity(KeyView.of(issued.key(), issued.secret())).build();
    }

    @GET
    @Allowed({Role.ADMIN, Role.PROVIDER})
    @Operation(operationId = "listKeys", summary = "List API keys", description = "ADMIN sees every key; a PROVIDER its own provider's. No secrets.")
    @APIResponse(responseCode = "200", description = "The keys, newest first.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<KeyView> list() {
        return keys.visibleTo(caller.get()).stream().map(k -> KeyView.of(k, null)).toList();
    }

    @POST
    @Path("{id}/rotation")
    @Allowed({Role.ADMIN, Role.PROVIDER})
    @Operation(operationId = "rotateKey", summary = "Rotate an API key",
            description = "A new secret for the same key; the old one stops working at once. ADMIN, or a PROVIDER for its own keys.")
    @APIResponse(responseCode = "200", description = "The key with its new secret.",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response rotate(@PathParam("id") String id) {
        ApiKey.Issued issued = keys.rotate(caller.get(), id);
        return Response.ok(KeyView.of(issued.key(), issued.secret())).cacheControl(noStore()).build();
    }

    @DELETE
    @Path("{id}")
    @Allowed({Role.ADMIN, Role.PROVIDER})
    @Operation(operationId = "revokeKey", summary = "Revoke an API key", description = "It stops working at once. Revoking twice changes nothing.")
    @APIResponse(responseCode = "200", description = "Revoked.", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public KeyView revoke(@PathParam("id") String id) {
        return KeyView.of(keys.revoke(caller.get(), id), null);
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
