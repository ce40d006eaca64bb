package org.caremarket.register.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.ProviderDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider as a client registers or replaces it (POST, PUT). */
@Schema(name = "NewProvider", description = "A provider to register, or the whole new version of one.")
public record NewProvider(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "Aire Valley Care Ltd") String name,
        @Pattern(regexp = "^1-\\d{1,15}$", message = "must be a CQC provider id: 1- followed by digits, e.g. 1-101641521")
        @Schema(description = "CQC provider id, when the provider is registered with CQC.", example = "1-101641521")
        String cqcProviderId,
        @NotNull(message = "is required") @OneOf(Ownership.class)
        @Schema(implementation = Ownership.class, required = true) String ownership,
        @Pattern(regexp = "^([0-9]{8}|[A-Z]{2}[0-9]{6})$", message = "must be a Companies House number: 8 digits, or 2 letters and 6 digits")
        @Schema(example = "04512345") String companiesHouseNumber,
        @Pattern(regexp = "^[0-9]{6,8}(-[0-9]{1,3})?$", message = "must be a registered charity number: 6 to 8 digits")
        @Schema(example = "1091234") String charityNumber,
        @Valid ContactDetails contact) {

    ProviderDetails toDetails() {
        return new ProviderDetails(name, ContactDetails.blankToNull(cqcProviderId),
                OneOfValidator.parse(Ownership.class, ownership), ContactDetails.blankToNull(companiesHouseNumber),
                ContactDetails.blankToNull(charityNumber), ContactDetails.toContact(contact));
    }
}
