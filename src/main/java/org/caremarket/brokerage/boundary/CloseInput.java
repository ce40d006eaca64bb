package org.caremarket.brokerage.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.platform.boundary.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseCarePackage", description = "Why a request closes without an award. Unsourced: NO_VACANCY, "
        + "NO_SUITABLE_SPECIALISM, OVER_PRICE_CAP, TOO_FAR, ALL_DECLINED or OTHER. Cancelled: NO_LONGER_NEEDED, "
        + "NEEDS_CHANGED, ARRANGED_ELSEWHERE, PERSON_DIED or OTHER.")
public record CloseInput(
        @NotNull(message = "is required") @OneOf(CloseReason.class) @Schema(implementation = CloseReason.class, required = true) String reason,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
