package org.caremarket.brokerage.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Award", description = "The accepted offer to award.")
public record AwardInput(
        @NotBlank(message = "is required") @Size(max = 36, message = "must be at most 36 characters") String offerId,
        @Schema(description = "true: the broker has agreed a price above the request's price cap (the offer shows "
                + "overPriceCap). Without it such an offer is not awarded (409 /problems/over-price-cap). Default false.")
        Boolean overCapConfirmed) {
}
