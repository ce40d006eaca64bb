package org.caremarket.sufficiency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.caremarket.geo.control.Councils;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.PopulationCsv;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled ONS 2022-based projections, read as ONS publishes them. */
class PopulationsTest {

    static final Map<String, Population> BUNDLED = Populations.readBundled();
    static final Councils COUNCILS = new Councils();

    static Population council(String code) {
        return Populations.forCouncil(code, BUNDLED, COUNCILS.all()).orElseThrow();
    }

    @Test
    @DisplayName("R12.1 Leicestershire (E10000018) is the sum of its seven districts: 85+ grows from 20,787 in 2025 to 24,056 in 2029 (+15.7%)")
    void leicestershireOldestOld() {
        Population leicestershire = council("E10000018");
        assertTrue(leicestershire.source().contains("sum of its 7 districts"), leicestershire.source());
        double from = leicestershire.persons(AgeBand.AGED_85_PLUS, 2025);
        double to = leicestershire.persons(AgeBand.AGED_85_PLUS, 2029);
        // the sums of the seven districts' rows for ages 85–89 and "90 and over" in the file, by hand (awk)
        assertEquals(20_787.421, from, 0.0005);
        assertEquals(24_055.835, to, 0.0005);
        assertEquals(15.7, Math.round((to / from - 1) * 1000) / 10.0);
    }

    @Test
    @DisplayName("R12.1 Leeds (E08000035): 75+ grows from 66,859 in 2026 to 76,706 in 2036 (+14.7%)")
    void leedsOver75() {
        Population leeds = council("E08000035");
        double from = leeds.persons(AgeBand.AGED_75_PLUS, 2026);
        double to = leeds.persons(AgeBand.AGED_75_PLUS, 2036);
        assertEquals(66_858.605, from, 0.0005);
        assertEquals(76_705.889, to, 0.0005);
        assertEquals(14.7, Math.round((to / from - 1) * 1000) / 10.0);
    }

    @Test
    @DisplayName("R12.1 the bands add up: 18–64 + 65–74 + 75–84 + 85–89 + 90+ = 18 and over; 65+ = 65–74 + 75+")
    void bandsAddUp() {
        Population leeds = council("E08000035");
        double disjoint = AgeBand.disjointBands().stream().mapToDouble(b -> leeds.persons(b, 2030)).sum();
        assertEquals(leeds.persons(18, Population.OLDEST, 2030), disjoint, 1e-6);
        assertEquals(leeds.persons(AgeBand.AGED_65_PLUS, 2030),
                leeds.persons(AgeBand.AGED_65_74, 2030) + leeds.persons(AgeBand.AGED_75_PLUS, 2030), 1e-6);
        assertEquals(2022, leeds.firstYear());
        assertEquals(2047, leeds.lastYear());
    }

    @Test
    @DisplayName("R12.1 a council with no projection and not all districts covered has none (Rutland; Nottinghamshire)")
    void noPopulation() {
        assertTrue(Populations.forCouncil("E06000017", BUNDLED, COUNCILS.all()).isEmpty());
        assertTrue(Populations.forCouncil("E10000024", BUNDLED, COUNCILS.all()).isEmpty());
    }

    @Test
    @DisplayName("R12.2 a projection CSV with a missing age, a bad number or an unknown age is refused whole, naming the lines")
    void badFiles() {
        String header = "AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,2023\n";
        StringBuilder good = new StringBuilder(header);
        for (int a = 0; a < 90; a++) {
            good.append("E06000017,Rutland,Population,persons,").append(a).append(",10,11\n");
        }
        good.append("E06000017,Rutland,Population,persons,90 and over,5,6\n");
        good.append("E06000017,Rutland,Population,male,90 and over,2,3\n");
        Population rutland = PopulationCsv.read(good.toString(), "test").get("E06000017");
        assertEquals(905, rutland.persons(0, Population.OLDEST, 2022), 1e-9);
        assertEquals(996, rutland.persons(0, Population.OLDEST, 2023), 1e-9);

        String missingAge = good.toString().replace("E06000017,Rutland,Population,persons,42,10,11\n", "");
        InvalidInput e = assertThrows(InvalidInput.class, () -> PopulationCsv.read(missingAge, "test"));
        assertTrue(e.errors().get(0).message().contains("no row for age 42"), e.errors().toString());
        String badNumber = good.toString().replace("persons,7,10,11", "persons,7,ten,11");
        e = assertThrows(InvalidInput.class, () -> PopulationCsv.read(badNumber, "test"));
        assertEquals("line 9", e.errors().get(0).field());
        String badAge = good.toString().replace("persons,7,10,11", "persons,107,10,11");
        assertThrows(InvalidInput.class, () -> PopulationCsv.read(badAge, "test"));
        assertThrows(InvalidInput.class, () -> PopulationCsv.read("not,a,projection\n1,2,3\n", "test"));
        assertThrows(InvalidInput.class, () -> PopulationCsv.read("", "test"));
    }
}
