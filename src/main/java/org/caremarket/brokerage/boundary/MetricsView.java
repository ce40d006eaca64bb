package org.caremarket.brokerage.boundary;

import java.time.Instant;
import java.util.Map;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.SourcingMetrics;
import org.caremarket.register.entity.ServiceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BrokerageMetrics", description = "How well care was sourced for the requests made in a period.")
public record MetricsView(
        @Schema(description = "The council (absent: every council, for an ADMIN).") String councilCode,
        Instant from, Instant to, int requests, Map<ServiceKind, Integer> requestsByKind,
        Map<PackageStatus, Integer> byStatus, int awarded,
        @Schema(description = "Hours from request to award: median (nearest rank).") Double medianHoursToSource,
        @Schema(description = "Hours from request to award: 90th percentile (nearest rank).") Double p90HoursToSource,
        @Schema(description = "Of all requests in the period, the percentage awarded within 7 days.") Double sourcedWithin7DaysPercent,
        int hospitalDischarges,
        @Schema(description = "Of hospital-discharge requests, the percentage awarded within 48 hours.")
        Double dischargesSourcedWithin48HoursPercent,
        Map<CloseReason, Integer> unsourcedByReason, int offersSent, Map<DeclineReason, Integer> declinesByReason) {

    static MetricsView of(String council, Instant from, Instant to, SourcingMetrics m) {
        return new MetricsView(council, from, to, m.requests(), m.requestsByKind(), m.byStatus(), m.awarded(),
                m.medianHoursToSource(), m.p90HoursToSource(), m.sourcedWithin7DaysPercent(), m.hospitalDischarges(),
                m.dischargesSourcedWithin48HoursPercent(), m.unsourcedByReason(), m.offersSent(), m.declinesByReason());
    }
}
