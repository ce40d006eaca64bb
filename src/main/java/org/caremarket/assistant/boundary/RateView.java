package org.caremarket.assistant.boundary;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantRateView", description = "The hourly rate the PA asks, in pounds.")
public record RateView(@Schema(example = "13.50") BigDecimal from, @Schema(example = "15.00") BigDecimal to,
                       @Schema(example = "HOUR") String per) {

    static RateView of(BigDecimal from, BigDecimal to) {
        return new RateView(from.setScale(2), to.setScale(2), "HOUR");
    }
}
