package org.caremarket.brokerage.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarePackagePage", description = "One page of care-package requests, newest first.")
public record CarePackagePage(List<CarePackageView> items, @Schema(description = "Page number, from 0.") int page, int size,
                              @Schema(description = "How many requests matched in all.") long total) {
}
