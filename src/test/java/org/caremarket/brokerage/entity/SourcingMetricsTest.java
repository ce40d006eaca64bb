package org.caremarket.brokerage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caremarket.register.entity.ServiceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourcingMetricsTest {

    private static final Instant T = Instant.parse("2026-11-01T09:00:00Z");

    private static CarePackage awardedAfter(Duration taken, Urgency urgency) {
        CarePackage p = CarePackageTest.request(ServiceKind.CARE_HOME_NURSING, "NURSING", List.of(), urgency, T);
        p.award("o", T.plus(taken));
        return p;
    }

    @Test
    @DisplayName("R5.8 median and 90th percentile hours to source (nearest rank), shares within 7 days and 48 hours, reasons counted")
    void figures() {
        List<CarePackage> packages = new ArrayList<>();
        for (int hours : new int[] {2, 10, 20, 30, 40, 50, 60, 100, 200, 300}) {
            packages.add(awardedAfter(Duration.ofHours(hours), hours <= 30 ? Urgency.HOSPITAL_DISCHARGE : Urgency.ROUTINE));
        }
        CarePackage unsourced = CarePackageTest.request(ServiceKind.HOMECARE, null, List.of(), Urgency.HOSPITAL_DISCHARGE, T);
        unsourced.unsourced(CloseReason.NO_VACANCY, null, T.plus(Duration.ofDays(3)));
        packages.add(unsourced);
        packages.add(CarePackageTest.request(ServiceKind.HOMECARE, null, List.of(), Urgency.ROUTINE, T));
        Offer declined = new Offer("p", "s", "pr", null, "k", T, T.plusSeconds(3600));
        declined.decline(DeclineReason.STAFFING, null, T);
        Offer other = new Offer("p", "s2", "pr", null, "k", T, T.plusSeconds(3600));

        SourcingMetrics m = SourcingMetrics.of(packages, List.of(declined, other));
        assertEquals(12, m.requests());
        assertEquals(10, m.awarded());
        assertEquals(40.0, m.medianHoursToSource(), "5th of 10");
        assertEquals(200.0, m.p90HoursToSource(), "9th of 10");
        assertEquals(66.7, m.sourcedWithin7DaysPercent(), "8 of 12 within 168 hours");
        assertEquals(5, m.hospitalDischarges());
        assertEquals(80.0, m.dischargesSourcedWithin48HoursPercent(), "4 awarded in 48 h, 1 unsourced");
        assertEquals(Map.of(CloseReason.NO_VACANCY, 1), m.unsourcedByReason());
        assertEquals(Map.of(DeclineReason.STAFFING, 1), m.declinesByReason());
        assertEquals(2, m.offersSent());
        assertEquals(Map.of(ServiceKind.CARE_HOME_NURSING, 10, ServiceKind.HOMECARE, 2), m.requestsByKind());
        assertEquals(new BigDecimal("1250.00"), packages.get(0).priceCap());
    }

    @Test
    @DisplayName("R5.8 with no requests there are no percentages to give")
    void empty() {
        SourcingMetrics m = SourcingMetrics.of(List.of(), List.of());
        assertEquals(0, m.requests());
        assertNull(m.medianHoursToSource());
        assertNull(m.sourcedWithin7DaysPercent());
    }
}
