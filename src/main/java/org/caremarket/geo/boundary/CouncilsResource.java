package org.caremarket.geo.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import org.caremarket.platform.boundary.Public;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.caremarket.geo.control.Councils;
import org.caremarket.platform.entity.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("councils")
@Tag(name = "Geography")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CouncilsResource {

    @Inject
    Councils councils;

    @GET
    @Public
    @SecurityRequirements
    @Operation(operationId = "listCouncils", summary = "List English councils",
            description = "Sorted by name. socialCare=true lists only the councils with adult social care duties.")
    @APIResponse(responseCode = "200", description = "The councils.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<CouncilView> list(
            @Parameter(description = "true: only councils with adult social care duties; false: only those without.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("socialCare") @Pattern(regexp = "^(true|false)$", message = "must be true or false") String socialCare) {
        return councils.all().stream()
                .filter(c -> socialCare == null || c.socialCare() == Boolean.parseBoolean(socialCare))
                .sorted(Comparator.comparing(c -> c.name()))
                .map(CouncilView::of)
                .toList();
    }

    @GET
    @Public
    @SecurityRequirements
    @Path("{code}")
    @Operation(operationId = "getCouncil", summary = "One council by GSS code")
    @APIResponse(responseCode = "200", description = "The council.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CouncilView get(@PathParam("code") String code) {
        return councils.byCode(code).map(CouncilView::of)
                .orElseThrow(() -> new NotFound("There is no English council with GSS code " + abbreviate(code) + "."));
    }

    private static String abbreviate(String text) {
        return text.length() > 12 ? text.substring(0, 12) + "…" : text;
    }
}
