package org.caremarket.assistant.boundary;

import java.time.LocalDate;
import java.util.List;
import org.caremarket.assistant.entity.Week;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantAvailabilityView", description = "When the PA can work each week, slot by slot.")
public record AvailabilityView(LocalDate from, @Schema(example = "[\"MON:MORNING\", \"TUE:MORNING\"]") List<String> slots,
                               @Schema(description = "Hours a week in those slots.", example = "25") int hoursPerWeek,
                               @Schema(example = "weekday mornings") String described) {

    static AvailabilityView of(LocalDate from, Week week) {
        return new AvailabilityView(from, week.slots(), week.hours(), week.describe());
    }
}
