package org.caremarket.register.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddressInput", description = "Where a service is. The postcode is geocoded from ONS data.")
public record AddressInput(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "12 Park Square East") String line1,
        @Size(max = 200, message = "must be at most 200 characters") String line2,
        @Size(max = 100, message = "must be at most 100 characters") @Schema(example = "Leeds") String town,
        @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters")
        @Schema(description = "A UK postcode, any spacing or case.", example = "LS1 4AP") String postcode) {
}
