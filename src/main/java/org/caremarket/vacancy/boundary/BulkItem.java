package org.caremarket.vacancy.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkVacancyItem", description = "One service's whole report in a bulk upload.")
public record BulkItem(
        @Schema(description = "The service: its id, or its CQC location id.", example = "1-125856395") String service,
        @Schema(description = "The ETag read for this service; when left out the report replaces whatever is current.")
        String ifMatch,
        VacancyReportInput report) {
}
