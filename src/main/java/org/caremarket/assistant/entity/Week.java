package org.caremarket.assistant.entity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A weekly calendar of day × band slots, as one 28-bit mask (bit {@code day * 4 + band}). It is how a PA
 * says when they can work and how a person says when they need someone, so the overlap of the two is
 * one AND.
 *
 * <p>Written as slots {@code DAY:BAND}, where DAY is MON…SUN or WEEKDAYS, WEEKENDS, EVERY_DAY, e.g.
 * {@code WEEKDAYS:MORNING}, {@code SAT:EVENING}.
 */
public record Week(int mask) {

    public static final String SLOT_PATTERN = "^(MON|TUE|WED|THU|FRI|SAT|SUN|WEEKDAYS|WEEKENDS|EVERY_DAY):(MORNING|AFTERNOON|EVENING|NIGHT)$";
    public static final String SLOT_MESSAGE = "must be DAY:BAND, DAY one of MON to SUN, WEEKDAYS, WEEKENDS, EVERY_DAY and "
            + "BAND one of MORNING, AFTERNOON, EVENING, NIGHT, e.g. WEEKDAYS:MORNING";

    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    public static final Week NONE = new Week(0);

    public Week {
        if (mask < 0 || mask >= (1 << 28)) {
            throw new IllegalArgumentException("a week has 28 slots");
        }
    }

    public static int bit(DayOfWeek day, Band band) {
        return 1 << ((day.getValue() - 1) * 4 + band.ordinal());
    }

    /** One slot in the written form; empty when it is not one. */
    public static Optional<Week> slot(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().toUpperCase(Locale.ROOT).split(":");
        if (parts.length != 2 || !text.strip().toUpperCase(Locale.ROOT).matches(SLOT_PATTERN)) {
            return Optional.empty();
        }
        Band band = Band.valueOf(parts[1]);
        int mask = 0;
        for (DayOfWeek day : days(parts[0])) {
            mask |= bit(day, band);
        }
        return Optional.of(new Week(mask));
    }

    private static List<DayOfWeek> days(String word) {
        return switch (word) {
            case "WEEKDAYS" -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            case "WEEKENDS" -> List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            case "EVERY_DAY" -> List.of(DayOfWeek.values());
            default -> List.of(DayOfWeek.of(List.of(DAYS).indexOf(word) + 1));
        };
    }

    public Week with(Week other) {
        return new Week(mask | other.mask);
    }

    public Week overlap(Week other) {
        return new Week(mask & other.mask);
    }

    public boolean isEmpty() {
        return mask == 0;
    }

    public boolean covers(Week other) {
        return (mask & other.mask) == other.mask;
    }

    /** Hours in the slots of this week. */
    public int hours() {
        return hours(mask);
    }

    /** Hours in the slots of a mask: 5 for each morning, afternoon or evening, 9 for each night. */
    public static int hours(int mask) {
        int nights = Integer.bitCount(mask & NIGHTS);
        return 5 * (Integer.bitCount(mask) - nights) + 9 * nights;
    }

    private static final int NIGHTS;

    static {
        int nights = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            nights |= bit(day, Band.NIGHT);
        }
        NIGHTS = nights;
    }

    /** Each slot on its own, Monday morning first: {@code MON:MORNING}, … */
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Band band : Band.values()) {
                if ((mask & bit(day, band)) != 0) {
                    slots.add(DAYS[day.getValue() - 1] + ":" + band);
                }
            }
        }
        return slots;
    }

    /** In words, grouping days: "weekday mornings, Saturday evening". */
    public String describe() {
        if (mask == 0) {
            return "no time";
        }
        Set<String> parts = new LinkedHashSet<>();
        for (Band band : Band.values()) {
            int days = 0;
            for (DayOfWeek day : DayOfWeek.values()) {
                if ((mask & bit(day, band)) != 0) {
                    days |= 1 << (day.getValue() - 1);
                }
            }
            String name = band.name().toLowerCase(Locale.ROOT);
            if (days == 0b1111111) {
                parts.add("every " + name);
                continue;
            }
            if ((days & 0b0011111) == 0b0011111) {
                parts.add("weekday " + name + "s");
                days &= ~0b0011111;
            }
            if ((days & 0b1100000) == 0b1100000) {
                parts.add("weekend " + name + "s");
                days &= ~0b1100000;
            }
            for (int d = 0; d < 7; d++) {
                if ((days & (1 << d)) != 0) {
                    String dayName = DayOfWeek.of(d + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
                    parts.add(dayName + " " + name);
                }
            }
        }
        return String.join(", ", parts);
    }
}
