package org.caremarket.geo.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.caremarket.platform.boundary.Public;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("postcodes")
@Tag(name = "Geography")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostcodesResource {

    @Inject
    Geocoder geocoder;

    @GET
    @Public
    @SecurityRequirements
    @Path("{postcode}")
    @Operation(operationId = "locatePostcode", summary = "Normalise and locate a UK postcode",
            description = "Any spacing and case is accepted. Exact coordinates for postcodes in the loaded ONS data, "
                    + "the district centroid otherwise.")
    @APIResponse(responseCode = "200", description = "The postcode, normalised and located.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public PostcodeView locate(@PathParam("postcode") String postcode) {
        Located located = geocoder.require("postcode", postcode);
        return new PostcodeView(located.postcode().toString(), located.postcode().district(),
                located.coordinate().latitude(), located.coordinate().longitude(), located.coordinate().precision(),
                located.councilCode().orElse(null));
    }
}
