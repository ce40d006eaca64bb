package org.caremarket.brokerage.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptOffer", description = "The provider takes the package on at this price.")
public record AcceptInput(
        @NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be more than 0")
        @DecimalMax(value = "20000", message = "must be at most 20000") @Digits(integer = 5, fraction = 2, message = "must be pounds and pence")
        @Schema(description = "In pounds: a week (care homes, extra care, supported living, Shared Lives) or an hour (homecare).",
                example = "1180.00") BigDecimal price,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
