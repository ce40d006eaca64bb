package org.caremarket.vacancy.boundary;

import java.util.List;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.vacancy.control.BulkReports;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkVacancyResult", description = "What happened to each service's report in a bulk upload.")
public record BulkResult(int accepted, int rejected, List<Row> results) {

    @Schema(name = "BulkVacancyRow")
    public record Row(
            @Schema(description = "Position in the JSON array (from 0), or the CSV line of the service's first row.") int row,
            String service, String serviceId,
            @Schema(description = "ACCEPTED or REJECTED.") String outcome,
            @Schema(description = "The status a single PUT would have answered: 200, 400, 403, 404, 409, 412.") int status,
            @Schema(description = "The report's new version (ETag) when accepted.") Long version,
            String reason, List<FieldError> errors) {
    }

    static BulkResult of(List<BulkReports.Outcome> outcomes) {
        List<Row> rows = outcomes.stream().map(o -> new Row(o.row(), o.service(), o.serviceId(),
                o.accepted() ? "ACCEPTED" : "REJECTED", o.status(), o.version(), o.reason(),
                o.errors() == null || o.errors().isEmpty() ? null : o.errors())).toList();
        int accepted = (int) outcomes.stream().filter(BulkReports.Outcome::accepted).count();
        return new BulkResult(accepted, outcomes.size() - accepted, rows);
    }
}
