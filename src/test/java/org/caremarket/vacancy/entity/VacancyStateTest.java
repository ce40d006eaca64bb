package org.caremarket.vacancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VacancyStateTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:15:00.123Z");

    @Test
    @DisplayName("R4.5 the JSON a report is kept as in the history and the audit is its snapshot, written the same as JSON-B writes it")
    void snapshotJson() throws Exception {
        VacancyReport home = new VacancyReport(true, null, new BigDecimal("1150.50"), false,
                EnumSet.of(RoomFeature.GROUND_FLOOR, RoomFeature.EN_SUITE),
                List.of(VacancyLine.beds(BedType.NURSING, 2, 1, 0), VacancyLine.beds(BedType.RESPITE, 0, 0, 1)));
        VacancyReport closed = new VacancyReport(false, "Infection control: \"closed\" to admissions", null, true, Set.of(),
                List.of(VacancyLine.homecareHours("LS6", TimeBand.MORNING, Days.WEEKDAYS, 14),
                        VacancyLine.units(UnitType.TWO_BED, 1), VacancyLine.placements(PlacementType.SHORT_BREAK, 2),
                        VacancyLine.places(4)));
        VacancyReport empty = new VacancyReport(true, null, null, false, Set.of(), List.of());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (VacancyReport report : List.of(home, closed, empty)) {
                VacancyState state = new VacancyState("4f1c7e0a-0000-4000-8000-000000000001", report, AT, "key-1");
                assertEquals(jsonb.toJson(state.snapshot()), state.snapshotJson());
            }
        }
    }
}
