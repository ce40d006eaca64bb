package org.caremarket.brokerage.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paged lists of the brokerage API. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "CarePackagePage", description = "One page of care-package requests, newest first.")
    record CarePackagePage(List<CarePackageView> items, @Schema(description = "Page number, from 0.") int page, int size,
                           long total) {
    }

    @Schema(name = "OfferPage", description = "One page of offers, newest first.")
    record OfferPage(List<OfferView> items, @Schema(description = "Page number, from 0.") int page, int size, long total) {
    }
}
