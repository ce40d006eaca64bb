package org.caremarket.assistant.boundary;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntroductionAnswer", description = "The PA's answer, with an optional note to the person.")
public record AnswerInput(@Size(max = 500, message = "must be at most 500 characters")
                          @Schema(example = "Happy to talk: I can do weekday mornings from January.") String note) {
}
