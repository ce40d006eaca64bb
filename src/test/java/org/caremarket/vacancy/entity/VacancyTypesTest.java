package org.caremarket.vacancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.caremarket.register.entity.VacancyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VacancyTypesTest {

    @Test
    @DisplayName("R4.9 the directory search's bedType values are exactly the bed, unit and placement types reports use")
    void sameTypes() {
        List<String> reported = Stream.of(BedType.values(), UnitType.values(), PlacementType.values())
                .flatMap(Arrays::stream).map(Enum::name).toList();
        assertEquals(reported, Arrays.stream(VacancyType.values()).map(Enum::name).toList());
    }
}
