package org.caremarket.cqc.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CqcChangesRequest", description = "The period of CQC's change feed to follow.")
public record ChangesInput(
        @Schema(description = "Start of the period (UTC).", example = "2026-11-01T00:00:00Z", required = true)
        @NotNull(message = "is required") Instant from,
        @Schema(description = "End of the period (UTC), after from, not in the future.", example = "2026-11-29T00:00:00Z",
                required = true)
        @NotNull(message = "is required") Instant to) {
}
