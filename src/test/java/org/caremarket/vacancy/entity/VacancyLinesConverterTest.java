package org.caremarket.vacancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VacancyLinesConverterTest {

    private final VacancyLinesConverter converter = new VacancyLinesConverter();

    @Test
    @DisplayName("R4.1 R4.2 a report's lines of every kind are stored in its row and read back the same")
    void roundTrip() {
        List<VacancyLine> lines = List.of(VacancyLine.beds(BedType.NURSING, 2, 1, 0),
                VacancyLine.beds(BedType.NURSING_DEMENTIA, 0, 0, 3),
                VacancyLine.homecareHours("LS6", TimeBand.MORNING, Days.WEEKDAYS, 14),
                VacancyLine.units(UnitType.TWO_BED, 1), VacancyLine.placements(PlacementType.SHORT_BREAK, 2),
                VacancyLine.places(4));
        String column = converter.convertToDatabaseColumn(lines);
        assertEquals(lines, converter.convertToEntityAttribute(column));
        assertEquals(List.of(), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(List.of())));
    }

    @Test
    @DisplayName("R4.5 the stored form of a line is the history's: held and closed for beds only")
    void historyForm() {
        assertEquals("[{\"kind\":\"BED\",\"type\":\"NURSING\",\"available\":2,\"held\":1,\"closed\":0},"
                        + "{\"kind\":\"HOMECARE_HOURS\",\"district\":\"LS6\",\"timeBand\":\"MORNING\",\"days\":\"WEEKDAYS\",\"available\":14}]",
                converter.convertToDatabaseColumn(List.of(VacancyLine.beds(BedType.NURSING, 2, 1, 0),
                        VacancyLine.homecareHours("LS6", TimeBand.MORNING, Days.WEEKDAYS, 14))));
        assertEquals(java.util.Map.of("kind", "UNIT", "type", "ONE_BED", "available", 1),
                VacancyLine.units(UnitType.ONE_BED, 1).toMap());
    }
}
