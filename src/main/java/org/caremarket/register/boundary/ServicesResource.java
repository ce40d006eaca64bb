package org.caremarket.register.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.boundary.Public;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.control.Page;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.ServiceSearch;
import org.caremarket.register.entity.CareService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

@Path("services")
@Tag(name = "Services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    CareServices services;

    @Inject
    ServiceSearch search;

    @Inject
    Geocoder geocoder;

    @Inject
    Clock clock;

    @Inject
    Freshness freshness;

    @Inject
    @ConfigProperty(name = "caremarket.search.default-radius-km", defaultValue = "10")
    double defaultRadiusKm;

    @Inject
    @ConfigProperty(name = "caremarket.search.max-radius-km", defaultValue = "200")
    double maxRadiusKm;

    @Inject
    PublicUrl links;

    @Public
    @SecurityRequirements
    @GET
    @Operation(operationId = "searchServices", summary = "Search the directory of care services",
            description = "Filters combine with AND. With 'near', only services within radiusKm are returned, "
                    + "each with its distanceKm, nearest first unless another sort is asked for.")
    @APIResponse(responseCode = "200", description = "One page of services.",
            content = @Content(schema = @Schema(implementation = ServicePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ServicePage search(@Valid @BeanParam ServiceQuery query) {
        Page<ServiceSearch.Found> found = search.search(query.toFilter(geocoder, defaultRadiusKm, maxRadiusKm));
        return new ServicePage(found.items().stream().map(f -> ServiceView.found(f.service(), freshness, f.distanceKm())).toList(),
                found.page(), found.size(), found.total());
    }

    @Allowed({Role.ADMIN, Role.PROVIDER})
    @SecurityRequirement(name = "apiKey")
    @POST
    @Operation(operationId = "createService", summary = "Register a care service")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewService.class)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new service.",
            headers = {@Header(name = "Location", description = "URL of the new service.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull(message = "a JSON body is required") NewService body) {
        CareService service = services.register(body.toRegistration(today()));
        return Response.created(links.api("services", service.id()))
                .tag(EntityTags.of(service.version()))
                .entity(ServiceView.of(service, freshness))
                .build();
    }

    @Public
    @SecurityRequirements
    @GET
    @Path("{id}")
    @Operation(operationId = "getService", summary = "One care service, with its rating history")
    @APIResponse(responseCode = "200", description = "The service.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @Parameter(ref = "If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") String id) {
        CareService service = services.require(id);
        return Response.ok(ServiceView.of(service, freshness)).tag(EntityTags.of(service.version())).build();
    }

    @Allowed({Role.ADMIN, Role.PROVIDER})
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateService", summary = "Replace a care service's record",
            description = "Send the whole record and the ETag you read in If-Match. A changed rating moves the old one "
                    + "to the history. A deregistered service cannot be changed; a service that is not registered "
                    + "cannot take more capacity (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewService.class)))
    @APIResponse(responseCode = "200", description = "Updated.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response update(@PathParam("id") String id,
                           @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a JSON body is required") NewService body) {
        CareService service = services.revise(id, EntityTags.parseIfMatch(ifMatch), body.toRegistration(today()));
        return Response.ok(ServiceView.of(service, freshness)).tag(EntityTags.of(service.version())).build();
    }

    @Allowed({Role.ADMIN, Role.PROVIDER})
    @SecurityRequirement(name = "apiKey")
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deregisterService", summary = "Deregister a care service",
            description = "The record is kept with status DEREGISTERED, for history; nothing is erased.")
    @APIResponse(responseCode = "200", description = "Deregistered.", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response deregister(@PathParam("id") String id,
                               @Parameter(ref = "If-Match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CareService service = services.deregister(id, EntityTags.parseIfMatch(ifMatch));
        return Response.ok(ServiceView.of(service, freshness)).tag(EntityTags.of(service.version())).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
