package org.caremarket.access.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.boundary.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewKey", description = "An API key to issue. PROVIDER keys name their provider; COMMISSIONER and BROKER keys their council.")
public record NewKey(
        @NotNull(message = "is required") @OneOf(Role.class) @Schema(implementation = Role.class, required = true) String role,
        @Size(max = 36, message = "must be at most 36 characters") @Schema(description = "For a PROVIDER key.") String providerId,
        @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
        @Schema(description = "For COMMISSIONER and BROKER keys.", example = "E08000035") String councilCode,
        @Size(max = 36, message = "must be at most 36 characters") @Schema(description = "For ASSISTANT and PERSON keys: whom the key belongs to.") String subjectId,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "What the key is for, e.g. the system that uses it.", example = "Care home management system") String label) {
}
