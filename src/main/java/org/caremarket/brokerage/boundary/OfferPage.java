package org.caremarket.brokerage.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfferPage", description = "One page of offers, newest first.")
public record OfferPage(List<OfferView> items, @Schema(description = "Page number, from 0.") int page, int size,
                        @Schema(description = "How many offers matched in all.") long total) {
}
