package org.caremarket.assistant.entity;

import java.time.LocalTime;

/** The parts of a day a PA's calendar is kept in; a night runs into the next morning. */
public enum Band {
    MORNING(LocalTime.of(7, 0), LocalTime.of(12, 0), 5),
    AFTERNOON(LocalTime.of(12, 0), LocalTime.of(17, 0), 5),
    EVENING(LocalTime.of(17, 0), LocalTime.of(22, 0), 5),
    NIGHT(LocalTime.of(22, 0), LocalTime.of(7, 0), 9);

    private final LocalTime starts;
    private final LocalTime ends;
    private final int hours;

    Band(LocalTime starts, LocalTime ends, int hours) {
        this.starts = starts;
        this.ends = ends;
        this.hours = hours;
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }

    public int hours() {
        return hours;
    }
}
