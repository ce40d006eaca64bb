package org.caremarket.vacancy.control;

import java.time.Instant;
import java.util.List;
import org.caremarket.vacancy.entity.VacancyReport;

/** A service's reports from before it reported here, oldest first, to be imported as its history ({@link HistoryImports}). */
public record ReportHistory(String serviceId, List<Dated> reports) {

    /** One past report and when it was made. */
    public record Dated(Instant reportedAt, VacancyReport report) {
    }
}
