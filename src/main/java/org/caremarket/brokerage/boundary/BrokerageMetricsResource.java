package org.caremarket.brokerage.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.control.BrokerageMetrics;
import org.caremarket.platform.boundary.Instants;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("brokerage/metrics")
@Tag(name = "Brokerage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class BrokerageMetricsResource {

    @Inject
    BrokerageMetrics metrics;

    @Inject
    Clock clock;

    @GET
    @Allowed({Role.COMMISSIONER, Role.BROKER, Role.ADMIN})
    @Operation(operationId = "brokerageMetrics", summary = "How well care was sourced",
            description = "For the requests made in [from, to): counts by kind and status, time from request to award "
                    + "(median, 90th percentile), share awarded within 7 days and hospital discharges within 48 hours, "
                    + "unsourced requests by reason, declined offers by reason. A commissioner's or broker's own council; "
                    + "an ADMIN's choice (all councils when none).")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(schema = @Schema(implementation = MetricsView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public MetricsView get(
            @Parameter(description = "GSS code of the council (default: the key's own).", example = "E08000035")
            @QueryParam("council") @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
            String council,
            @Parameter(description = "From this date (UTC midnight) or instant (default: 90 days before 'to').", example = "2026-09-01")
            @QueryParam("from") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String from,
            @Parameter(description = "Before this date or instant (default: now).", example = "2026-12-01")
            @QueryParam("to") @Pattern(regexp = Instants.DATE_OR_INSTANT, message = Instants.MESSAGE) String to) {
        Instant[] period = Instants.period(from, to, clock, java.time.Duration.ofDays(90));
        BrokerageMetrics.Figures figures = metrics.of(council, period[0], period[1]);
        return MetricsView.of(figures.councilCode(), period[0], period[1], figures.metrics());
    }
}
