package org.caremarket.register.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProviderPage", description = "One page of providers.")
public record ProviderPage(List<ProviderView> items,
                           @Schema(description = "Page number, from 0.") int page,
                           int size,
                           @Schema(description = "How many providers matched in all.") long total) {
}
