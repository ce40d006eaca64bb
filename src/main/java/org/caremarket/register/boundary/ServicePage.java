package org.caremarket.register.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServicePage", description = "One page of a service search.")
public record ServicePage(List<ServiceView> items,
                          @Schema(description = "Page number, from 0.") int page,
                          int size,
                          @Schema(description = "How many services matched in all.") long total) {
}
