package org.caremarket.assistant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeekTest {

    static Week of(String... slots) {
        Week week = Week.NONE;
        for (String s : slots) {
            week = week.with(Week.slot(s).orElseThrow());
        }
        return week;
    }

    @Test
    @DisplayName("R7.3 slots are written DAY:BAND with day groups, and counted in hours (a night is nine)")
    void slots() {
        Week weekdayMornings = of("WEEKDAYS:MORNING");
        assertEquals(25, weekdayMornings.hours());
        assertEquals(List.of("MON:MORNING", "TUE:MORNING", "WED:MORNING", "THU:MORNING", "FRI:MORNING"), weekdayMornings.slots());
        assertEquals(9 * 2, of("WEEKENDS:NIGHT").hours());
        assertEquals(7 * 5, of("EVERY_DAY:EVENING").hours());
        assertEquals(of("sat:morning"), of("SAT:MORNING"));
        assertTrue(Week.slot("MON:LUNCH").isEmpty());
        assertTrue(Week.slot("MONDAY:MORNING").isEmpty());
        assertTrue(Week.slot("MON").isEmpty());
        assertTrue(Week.slot(null).isEmpty());
    }

    @Test
    @DisplayName("R7.3 the overlap of two calendars and its description in words")
    void overlap() {
        Week pa = of("WEEKDAYS:MORNING", "SAT:EVENING", "TUE:AFTERNOON");
        Week needed = of("MON:MORNING", "WED:MORNING", "SAT:EVENING", "SUN:EVENING");
        Week both = pa.overlap(needed);
        assertEquals(15, both.hours());
        assertFalse(pa.covers(needed));
        assertTrue(pa.covers(of("TUE:AFTERNOON")));
        assertEquals("Monday morning, Wednesday morning, Saturday evening", both.describe());
        assertEquals("weekday mornings, Tuesday afternoon, Saturday evening", pa.describe());
        assertEquals("every night", of("EVERY_DAY:NIGHT").describe());
        assertEquals("no time", Week.NONE.describe());
    }
}
