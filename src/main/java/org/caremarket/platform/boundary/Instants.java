package org.caremarket.platform.boundary;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.caremarket.platform.entity.InvalidInput;

/** Query parameters that name a moment: a date (UTC midnight) or a UTC instant. */
public final class Instants {

    public static final String DATE_OR_INSTANT = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z)?$";
    public static final String MESSAGE = "must be a date (2026-11-01) or a UTC instant (2026-11-01T09:30:00Z)";

    private Instants() {
    }

    /**
     * The period [from, to) a list is asked for: {@code to} defaults to now (inclusive), {@code from} to
     * {@code span} before {@code to}; a 400 naming {@code from} unless it is before {@code to}.
     */
    public static Instant[] period(String from, String to, java.time.Clock clock, java.time.Duration span) {
        Instant end = to == null ? clock.instant().plusSeconds(1) : parse("to", to);
        Instant start = from == null ? end.minus(span) : parse("from", from);
        if (!start.isBefore(end)) {
            throw InvalidInput.of("from", "must be before 'to'");
        }
        return new Instant[] {start, end};
    }

    /** @return null for null; a 400 naming the field for a date that does not exist (2026-02-30) */
    public static Instant parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeException notADate) {
            throw InvalidInput.of(field, "'" + text + "' is not a real date or time");
        }
    }
}
