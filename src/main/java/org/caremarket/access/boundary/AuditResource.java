package org.caremarket.access.boundary;

import org.caremarket.platform.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.entity.AuditRecord;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.Instants;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.control.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@Tag(name = "Access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "searchAudit", summary = "Search the audit of changes",
            description = "ADMIN only. Newest first. A provider's vacancy report is audited by its history row: its id "
                    + "is vacancy-report:{serviceId}:{version}, and before is the service's previous report.")
    @APIResponse(responseCode = "200", description = "One page of the audit.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public AuditPage search(
            @Parameter(description = "From this date (UTC midnight) or instant, inclusive.", example = "2026-11-01")
            @QueryParam("from") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String from,
            @Parameter(description = "Before this date or instant.", example = "2026-12-01")
            @QueryParam("to") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String to,
            @Parameter(description = "Only changes to this record.") @QueryParam("targetId") @Size(max = 64, message = "must be at most 64 characters") String targetId,
            @Parameter(description = "Only requests made with this key.") @QueryParam("keyId") @Size(max = 36, message = "must be at most 36 characters") String keyId,
            @Parameter(description = "Only this action, e.g. service.update.") @QueryParam("action") @Size(max = 60, message = "must be at most 60 characters") String action,
            @Parameter(description = "A search pages through its newest 10,000 entries (page × size + size ≤ 10,000); "
                    + "deeper, narrow it with from and to.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        Page<AuditRecord> found = audit.search(Instants.parse("from", from), Instants.parse("to", to), targetId, keyId, action,
                Paging.page(page), Paging.size(size, 50));
        return new AuditPage(found.items().stream().map(AuditView::of).toList(), found.page(), found.size(), found.total());
    }
}
