package org.caremarket.brokerage.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.platform.boundary.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclineOffer", description = "Why the provider cannot take the package on.")
public record DeclineInput(
        @NotNull(message = "is required") @OneOf(DeclineReason.class) @Schema(implementation = DeclineReason.class, required = true) String reason,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
