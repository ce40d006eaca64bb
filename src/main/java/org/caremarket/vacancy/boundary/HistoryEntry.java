package org.caremarket.vacancy.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VacancyHistoryEntry", description = "One accepted report as it was, with the occupancy it implies.")
public record HistoryEntry(
        long version,
        @Schema(description = "REPORT: the provider reported; AWARD: a care-package award took capacity from the report "
                + "before (the time is the award's).") VacancyRecord.Source source,
        Instant reportedAt,
        @Schema(description = "The key that sent the report, or made the award.") String reportedBy,
        @Schema(description = "Registered capacity when the report was made.") int capacity,
        int available, int held, int closed,
        @Schema(description = "capacity − available − held − closed: beds, units, placements or places in use; "
                + "for homecare, hours a week already committed.") int occupied,
        @Schema(description = "occupied as a percentage of capacity, to one decimal place.") double occupancyPercent,
        boolean accepting,
        @Schema(type = SchemaType.OBJECT, description = "The whole report.") JsonObject report) {

    static HistoryEntry of(VacancyRecord r) {
        int occupied = Math.max(0, r.capacity() - r.available() - r.held() - r.closed());
        double percent = r.capacity() == 0 ? 0 : Math.round(1000.0 * occupied / r.capacity()) / 10.0;
        return new HistoryEntry(r.version(), r.source(), r.reportedAt(), r.reportedBy(), r.capacity(), r.available(), r.held(),
                r.closed(), occupied, percent, r.accepting(), Json.createReader(new StringReader(r.report())).readObject());
    }
}
