package org.caremarket.vacancy.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.Vacancies;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.RoomFeature;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VacancyView", description = "A service's current vacancy report. Version 0 and stale until the first report.")
public record VacancyView(
        String serviceId,
        ServiceKind kind,
        @Schema(description = "The report's version, also in the ETag.") long version,
        @Schema(description = "When the current report was accepted; absent before the first.") Instant reportedAt,
        @Schema(description = "True when the report is older than the configured number of days, or there is none.") boolean stale,
        VacancyReportInput.Admissions admissions,
        List<VacancyReportInput.Beds> beds,
        List<VacancyReportInput.HomecareHours> homecare,
        Boolean doubleHandedCalls,
        List<VacancyReportInput.Units> units,
        List<VacancyReportInput.Placements> placements,
        Integer places,
        Set<RoomFeature> roomFeatures,
        BigDecimal weeklyFee,
        Totals totals) {

    @Schema(name = "VacancyTotals", description = "The report summed, against registered capacity.")
    public record Totals(
            @Schema(description = "Registered capacity, in the service kind's unit.") int capacity,
            @Schema(description = "Available now (beds, units, placements, places; or spare homecare hours).") int available,
            int held, int closed) {
    }

    static VacancyView of(Vacancies.Current current, boolean stale) {
        ServiceKind kind = current.service().kind();
        int capacity = current.service().capacity();
        if (current.state().isEmpty()) {
            return new VacancyView(current.service().id(), kind, 0, null, true, null, null, null, null, null, null, null,
                    null, null, new Totals(capacity, 0, 0, 0));
        }
        VacancyReport r = current.state().get().report().forKind(kind);
        LineKind lines = LineKind.of(kind);
        return new VacancyView(current.service().id(), kind, current.version(), current.state().get().reportedAt(), stale,
                new VacancyReportInput.Admissions(r.accepting(), r.notAcceptingReason()),
                lines == LineKind.BED ? r.lines().stream().map(l -> new VacancyReportInput.Beds(l.type(), l.available(),
                        l.held(), l.closed())).toList() : null,
                lines == LineKind.HOMECARE_HOURS ? r.lines().stream().map(l -> new VacancyReportInput.HomecareHours(
                        l.district(), l.timeBand().name(), l.days().name(), l.available())).toList() : null,
                kind == ServiceKind.HOMECARE ? r.doubleHandedCalls() : null,
                lines == LineKind.UNIT ? r.lines().stream().map(l -> new VacancyReportInput.Units(l.type(), l.available())).toList() : null,
                lines == LineKind.PLACEMENT ? r.lines().stream().map(l -> new VacancyReportInput.Placements(l.type(),
                        l.available())).toList() : null,
                lines == LineKind.PLACE ? r.lines().stream().mapToInt(VacancyLine::available).sum() : null,
                kind.isCareHome() ? r.roomFeatures() : null,
                r.weeklyFee(),
                new Totals(capacity, r.available(), r.held(), r.closed()));
    }
}
