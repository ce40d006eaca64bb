package org.caremarket.brokerage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.CapacityClaim;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.TimeBand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CarePackageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final CarePackage.Place LS9 = new CarePackage.Place("LS9 7TF", "LS9", 53.7986, -1.5153);

    static CarePackage request(ServiceKind kind, String type, List<Visit> visits, Urgency urgency, Instant at) {
        return new CarePackage(new CarePackage.Needs(kind, type, EnumSet.of(Specialism.DEMENTIA), visits, false, null,
                null, null, Funding.COUNCIL_ARRANGED, new BigDecimal("1250.00"), RatingValue.REQUIRES_IMPROVEMENT, true, 15,
                null, LocalDate.of(2026, 11, 25), urgency, "REF-1", null), LS9, null, "E08000035", "key", "BROKER", at);
    }

    @Test
    @DisplayName("R5.7 open → offered → awarded; an awarded request can be neither cancelled nor awarded again")
    void lifecycle() {
        CarePackage p = request(ServiceKind.CARE_HOME_NURSING, "NURSING_DEMENTIA", List.of(), Urgency.HOSPITAL_DISCHARGE, NOW);
        assertEquals(PackageStatus.OPEN, p.status());
        p.offered(NOW.plusSeconds(60));
        p.offered(NOW.plusSeconds(120));
        assertEquals(PackageStatus.OFFERED, p.status());
        assertEquals(NOW.plusSeconds(60), p.firstOfferAt(), "the first round of offers is kept");
        p.award("offer-1", NOW.plus(Duration.ofHours(5)));
        assertEquals(PackageStatus.AWARDED, p.status());
        assertEquals(Duration.ofHours(5), p.timeToSource().orElseThrow());
        Conflict again = assertThrows(Conflict.class, () -> p.award("offer-2", NOW));
        assertTrue(again.detail().contains("is awarded"), again.detail());
        assertThrows(Conflict.class, () -> p.cancel(CloseReason.NO_LONGER_NEEDED, null, NOW));
        assertThrows(Conflict.class, () -> p.offered(NOW));
        assertEquals(Map.of("version", 0L, "status", "AWARDED", "kind", "CARE_HOME_NURSING", "district", "LS9",
                "urgency", "HOSPITAL_DISCHARGE", "awardedOfferId", "offer-1"),
                p.snapshot().entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "the audit keeps the district, never the postcode");
    }

    @Test
    @DisplayName("R5.7 cancelled and unsourced requests keep their reason and are closed")
    void closing() {
        CarePackage cancelled = request(ServiceKind.EXTRA_CARE, "ONE_BED", List.of(), Urgency.ROUTINE, NOW);
        cancelled.cancel(CloseReason.ARRANGED_ELSEWHERE, "family arranged", NOW);
        assertEquals(PackageStatus.CANCELLED, cancelled.status());
        assertEquals(CloseReason.ARRANGED_ELSEWHERE, cancelled.closeReason());
        assertTrue(cancelled.timeToSource().isEmpty());
        CarePackage unsourced = request(ServiceKind.EXTRA_CARE, "ONE_BED", List.of(), Urgency.ROUTINE, NOW);
        unsourced.unsourced(CloseReason.NO_VACANCY, null, NOW);
        assertEquals(PackageStatus.UNSOURCED, unsourced.status());
        assertThrows(Conflict.class, () -> unsourced.unsourced(CloseReason.NO_VACANCY, null, NOW));
        assertTrue(CloseReason.NO_VACANCY.fitsUnsourced() && !CloseReason.NO_VACANCY.fitsCancelled());
        assertTrue(CloseReason.OTHER.fitsUnsourced() && CloseReason.OTHER.fitsCancelled());
    }

    @Test
    @DisplayName("R5.6 an award claims one bed of the type, or the homecare hours at the times wanted in the person's district")
    void claims() {
        assertEquals(CapacityClaim.one(LineKind.BED, "NURSING_DEMENTIA"),
                request(ServiceKind.CARE_HOME_NURSING, "NURSING_DEMENTIA", List.of(), Urgency.ROUTINE, NOW).claim());
        CarePackage homecare = request(ServiceKind.HOMECARE, null, List.of(new Visit(TimeBand.MORNING, Days.WEEKDAYS, 7),
                new Visit(TimeBand.BED, Days.WEEKENDS, 2)), Urgency.ROUTINE, NOW);
        assertEquals(CapacityClaim.homecare(List.of(new CapacityClaim.Hours("LS9", TimeBand.MORNING, Days.WEEKDAYS, 7),
                new CapacityClaim.Hours("LS9", TimeBand.BED, Days.WEEKENDS, 2))), homecare.claim());
        assertEquals(9, homecare.hoursPerWeek());
        assertEquals("9 homecare hours a week", homecare.claim().describe());
        assertEquals(CapacityClaim.one(LineKind.PLACE, null),
                request(ServiceKind.SUPPORTED_LIVING, null, List.of(), Urgency.ROUTINE, NOW).claim());
    }
}
