package org.caremarket.sufficiency.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.caremarket.sufficiency.entity.Narrative;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementInput", description = "A Market Position Statement draft: its title and the council's narrative.")
public record StatementInput(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        @Schema(required = true, example = "Leeds Market Position Statement 2027–2030") String title,
        @Size(max = 8000, message = "must be at most 8,000 characters")
        @Schema(description = "Strategic context and commissioning approach (paragraphs separated by a blank line).") String strategicContext,
        @Size(max = 4000, message = "must be at most 4,000 characters")
        @Schema(description = "How providers can engage with the council.") String howToEngage,
        @Size(max = 30, message = "must list at most 30 intentions")
        List<@NotNull(message = "must not be null") @Valid IntentionInput> intentions) {

    @Schema(name = "IntentionInput", description = "A commissioning intention: more of, less of or maintain, for a market.")
    public record IntentionInput(
            @NotNull(message = "is required")
            @Pattern(regexp = "^(ALL|CARE_HOME_NURSING|CARE_HOME_RESIDENTIAL|HOMECARE|EXTRA_CARE|SUPPORTED_LIVING|SHARED_LIVES)$",
                    message = "must be ALL or a service kind") @Schema(required = true, example = "CARE_HOME_NURSING") String market,
            @NotNull(message = "is required") @Pattern(regexp = "^(MORE_OF|LESS_OF|MAINTAIN)$", message = "must be MORE_OF, LESS_OF or MAINTAIN")
            @Schema(required = true, example = "MORE_OF") String direction,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            @Schema(required = true, example = "Nursing beds for people living with dementia in the north west of the city") String text) {
    }

    Narrative narrative() {
        return new Narrative(blankToNull(strategicContext), blankToNull(howToEngage), intentions == null ? List.of()
                : intentions.stream().map(i -> new Narrative.Intention(i.market(), Narrative.Direction.valueOf(i.direction()),
                i.text().strip())).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
