package org.caremarket.brokerage.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewOffers", description = "Services to offer a care package to, and how long they have to answer.")
public record OffersInput(
        @NotEmpty(message = "must name at least one service") @Size(max = 20, message = "must name at most 20 services")
        List<@NotBlank(message = "must not be blank") @Size(max = 36, message = "must be at most 36 characters") String> serviceIds,
        @Min(value = 1, message = "must be at least 1") @Max(value = 336, message = "must be at most 336 (two weeks)")
        @Schema(description = "Hours the providers have to answer (and the broker to award an acceptance). Default: "
                + "caremarket.brokerage.offer-hours.hospital-discharge (4) for hospital discharges, "
                + "caremarket.brokerage.offer-hours (48) otherwise.", example = "4") Integer respondWithinHours) {
}
