package org.caremarket.register.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.register.control.ServiceRegistration;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A care service as a client registers or replaces it (POST, PUT). */
@Schema(name = "NewService", description = "A care service to register, or the whole new version of one.")
public record NewService(
        @NotBlank(message = "is required") @Size(max = 36, message = "must be at most 36 characters")
        @Schema(description = "Id of the provider that runs the service.") String providerId,
        @NotNull(message = "is required") @OneOf(ServiceKind.class)
        @Schema(implementation = ServiceKind.class, required = true) String kind,
        @Pattern(regexp = "^1-\\d{1,15}$", message = "must be a CQC location id: 1- followed by digits, e.g. 1-125856395")
        @Schema(description = "CQC location id; leave out for a service CQC does not register.", example = "1-125856395")
        String cqcLocationId,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "Park Square House") String name,
        @NotNull(message = "is required") @Valid AddressInput address,
        @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
        @Schema(description = "GSS code of the council with social care duties where the service is (county or unitary). "
                + "Required unless a loaded NSPL file says which council the postcode is in.", example = "E08000035")
        String councilCode,
        @OneOf(RegistrationStatus.class)
        @Schema(allOf = RegistrationStatus.class, description = "Defaults to REGISTERED.")
        String status,
        @Valid @Schema(description = "The CQC rating. Left out: the rating stays as it is (NOT_YET_RATED for a new service). "
                + "Only an ADMIN sets ratings; a PROVIDER key sending a different rating gets 403.") RatingInput rating,
        @Size(max = 20, message = "must list at most 20 specialisms") @Schema(implementation = Specialism[].class)
        List<@NotNull(message = "must not be null") @OneOf(Specialism.class) String> specialisms,
        @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") @Max(value = 200000, message = "must be at most 200000")
        @Schema(description = "In the unit the kind fixes: registered beds (care homes), hours per week (homecare), "
                + "units (extra care), places (supported living), placements (Shared Lives). A care home needs at least one bed.")
        Integer capacity,
        @Valid ContactDetails contact) {

    ServiceRegistration toRegistration(LocalDate today) {
        EnumSet<Specialism> groups = EnumSet.noneOf(Specialism.class);
        if (specialisms != null) {
            specialisms.forEach(s -> groups.add(OneOfValidator.parse(Specialism.class, s)));
        }
        Rating current = rating == null ? null : rating.toRating(today);
        RegistrationStatus registration = status == null ? RegistrationStatus.REGISTERED
                : OneOfValidator.parse(RegistrationStatus.class, status);
        ServiceDetails details = new ServiceDetails(OneOfValidator.parse(ServiceKind.class, kind),
                ContactDetails.blankToNull(cqcLocationId), name,
                new Address(address.line1().strip(), ContactDetails.blankToNull(address.line2()),
                        ContactDetails.blankToNull(address.town())),
                registration, current, groups, capacity, ContactDetails.toContact(contact));
        return new ServiceRegistration(providerId, address.postcode(), ContactDetails.blankToNull(councilCode), details);
    }
}
