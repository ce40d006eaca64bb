package org.caremarket.sufficiency.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sufficiency API's request bodies. */
public final class Inputs {

    private Inputs() {
    }

    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @Schema(name = "ReferenceFigureInput", description = "A figure the council enters, with the date it describes and its source.")
    public record ReferenceInput(
            @NotNull(message = "is required") @DecimalMin(value = "-100", message = "must be at least -100")
            @DecimalMax(value = "1000000000", message = "must be at most 1,000,000,000")
            @Digits(integer = 10, fraction = 4, message = "must have at most 4 decimal places")
            @Schema(required = true, example = "1050.00") BigDecimal value,
            @NotNull(message = "is required") @Pattern(regexp = DATE, message = "must be a date (2026-04-01)")
            @Schema(required = true, example = "2026-04-01") String asOf,
            @NotBlank(message = "is required: where the figure comes from") @Size(max = 300, message = "must be at most 300 characters")
            @Schema(required = true, example = "Leeds City Council fee rates 2026/27") String source) {
    }

    @Schema(name = "LocalityInput", description = "The postcode districts a locality groups.")
    public record LocalityInput(
            @NotNull(message = "is required") @Size(min = 1, max = 200, message = "must list 1 to 200 postcode districts")
            @Schema(required = true, example = "[\"LS6\", \"LS7\", \"LS16\"]")
            List<@NotNull(message = "must not be null") @Pattern(regexp = "^[A-Z]{1,2}[0-9][A-Z0-9]?$", message = "must be a postcode district such as LS6") String> districts) {
    }

    @Schema(name = "MarketRatingInput", description = "A commissioner's rating of one dimension of one market, over the rule's.")
    public record RatingInput(
            @NotBlank(message = "is required") @Size(max = 30, message = "must be at most 30 characters")
            @Schema(required = true, example = "Limited") String rating,
            @NotBlank(message = "is required: say why the rule's value is not the right one")
            @Size(max = 1000, message = "must be at most 1,000 characters")
            @Schema(required = true, example = "Capacity is there only above the usual rate") String reason,
            @NotNull(message = "is required") @Pattern(regexp = DATE, message = "must be a date (2026-03-31)")
            @Schema(required = true, example = "2026-03-31") String assessedOn) {
    }
}
