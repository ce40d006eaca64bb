package org.caremarket.brokerage.entity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caremarket.register.entity.ServiceKind;

/**
 * How well a council sourced care in a period: of the requests made in it, how many were awarded and
 * how fast (median and 90th percentile hours from request to award, nearest-rank), the share awarded
 * within 7 days and, for hospital discharges, within 48 hours; requests closed unsourced by reason;
 * offers declined by reason.
 */
public record SourcingMetrics(int requests, Map<ServiceKind, Integer> requestsByKind, Map<PackageStatus, Integer> byStatus,
                              int awarded, Double medianHoursToSource, Double p90HoursToSource,
                              Double sourcedWithin7DaysPercent, int hospitalDischarges,
                              Double dischargesSourcedWithin48HoursPercent, Map<CloseReason, Integer> unsourcedByReason,
                              int offersSent, Map<DeclineReason, Integer> declinesByReason) {

    public static SourcingMetrics of(Collection<CarePackage> packages, Collection<Offer> offers) {
        Map<ServiceKind, Integer> byKind = new EnumMap<>(ServiceKind.class);
        Map<PackageStatus, Integer> byStatus = new EnumMap<>(PackageStatus.class);
        Map<CloseReason, Integer> unsourced = new EnumMap<>(CloseReason.class);
        List<Double> hours = new ArrayList<>();
        int within7 = 0;
        int discharges = 0;
        int dischargesWithin48 = 0;
        for (CarePackage p : packages) {
            byKind.merge(p.kind(), 1, Integer::sum);
            byStatus.merge(p.status(), 1, Integer::sum);
            if (p.status() == PackageStatus.UNSOURCED) {
                unsourced.merge(p.closeReason(), 1, Integer::sum);
            }
            Duration taken = p.timeToSource().orElse(null);
            if (taken != null) {
                hours.add(taken.toSeconds() / 3600.0);
                if (taken.compareTo(Duration.ofDays(7)) <= 0) {
                    within7++;
                }
            }
            if (p.urgency() == Urgency.HOSPITAL_DISCHARGE) {
                discharges++;
                if (taken != null && taken.compareTo(Duration.ofHours(48)) <= 0) {
                    dischargesWithin48++;
                }
            }
        }
        Map<DeclineReason, Integer> declines = new EnumMap<>(DeclineReason.class);
        offers.stream().filter(o -> o.declineReason() != null).forEach(o -> declines.merge(o.declineReason(), 1, Integer::sum));
        hours.sort(Double::compare);
        return new SourcingMetrics(packages.size(), byKind, byStatus, hours.size(), percentile(hours, 50),
                percentile(hours, 90), percent(within7, packages.size()), discharges, percent(dischargesWithin48, discharges),
                unsourced, offers.size(), declines);
    }

    /** Nearest-rank percentile of sorted values; null when there are none. */
    static Double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
