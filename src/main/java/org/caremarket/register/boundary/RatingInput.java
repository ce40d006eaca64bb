package org.caremarket.register.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RatingInput", description = "A CQC rating as published: overall and per key question. "
        + "A key question left out is NOT_YET_RATED. A rated service needs the report date.")
public record RatingInput(
        @NotNull(message = "is required") @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class, required = true) String overall,
        @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class) String safe,
        @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class) String effective,
        @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class) String caring,
        @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class) String responsive,
        @OneOf(RatingValue.class) @Schema(implementation = RatingValue.class) String wellLed,
        @Schema(description = "Date the CQC report was published.", example = "2025-03-14") LocalDate reportDate) {

    Rating toRating(LocalDate today) {
        return new Rating(value(overall), value(safe), value(effective), value(caring), value(responsive), value(wellLed),
                reportDate, today);
    }

    private static RatingValue value(String name) {
        return OneOfValidator.parse(RatingValue.class, name);
    }
}
