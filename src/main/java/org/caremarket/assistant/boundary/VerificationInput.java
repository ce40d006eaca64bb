package org.caremarket.assistant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantVerification", description = "A council has seen the PA's documents.")
public record VerificationInput(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(description = "What was seen, by whom; no document numbers.", example = "DBS certificate, passport and "
                + "insurance schedule seen at Merrion House") String note) {
}
