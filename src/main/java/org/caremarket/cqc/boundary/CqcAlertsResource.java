package org.caremarket.cqc.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.cqc.control.Alerts;
import org.caremarket.cqc.entity.AlertKind;
import org.caremarket.cqc.entity.CqcAlert;
import org.caremarket.platform.boundary.Instants;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.control.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("cqc/alerts")
@Tag(name = "CQC")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class CqcAlertsResource {

    @Inject
    Alerts alerts;

    @GET
    @Allowed({Role.ADMIN, Role.COMMISSIONER, Role.BROKER})
    @Operation(operationId = "cqcAlerts", summary = "Alerts from CQC's changes: ratings that fell, services deregistered or dormant",
            description = "Newest first. A COMMISSIONER or BROKER sees its own council's; an ADMIN any council's, or all.")
    @APIResponse(responseCode = "200", description = "One page of alerts.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AlertPage list(
            @Parameter(description = "GSS code of the council.", example = "E08000035")
            @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE) String council,
            @Parameter(description = "Only alerts of this kind.", schema = @Schema(implementation = AlertKind.class))
            @QueryParam("kind") @OneOf(value = AlertKind.class) String kind,
            @Parameter(description = "Raised on or after this date or instant.", example = "2026-11-01")
            @QueryParam("since") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String since,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<CqcAlert> found = alerts.search(council, kind == null ? null : AlertKind.valueOf(kind),
                Instants.parse("since", since), Paging.page(page), Paging.size(size, 50));
        return new AlertPage(found.items().stream().map(AlertView::of).toList(), found.page(), found.size(), found.total());
    }
}
