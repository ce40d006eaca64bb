package org.caremarket.vacancy.entity;

import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a vacancy report: beds of one type, spare homecare hours in one district and time
 * band, vacant units of one type, placements of one type, or supported-living places. A value: a
 * report's lines are kept, as JSON, in the report's own row ({@link VacancyLinesConverter}), and the
 * same JSON is what the history and the audit keep.
 */
public final class VacancyLine {

    private final LineKind kind;
    /** The bed, unit or placement type; empty for homecare hours and supported-living places. */
    private final String type;
    private final String district;
    private final TimeBand timeBand;
    private final Days days;
    private final int available;
    private final int held;
    private final int closed;

    private VacancyLine(LineKind kind, String type, String district, TimeBand timeBand, Days days, int available,
                        int held, int closed) {
        this.kind = kind;
        this.type = type;
        this.district = district;
        this.timeBand = timeBand;
        this.days = days;
        this.available = available;
        this.held = held;
        this.closed = closed;
    }

    /** A line as stored. */
    public static VacancyLine of(LineKind kind, String type, String district, TimeBand timeBand, Days days, int available,
                                 int held, int closed) {
        return new VacancyLine(kind, type, district, timeBand, days, available, held, closed);
    }

    public static VacancyLine beds(BedType type, int available, int held, int closed) {
        return new VacancyLine(LineKind.BED, type.name(), null, null, null, available, held, closed);
    }

    public static VacancyLine homecareHours(String district, TimeBand band, Days days, int hours) {
        return new VacancyLine(LineKind.HOMECARE_HOURS, null, district, band, days, hours, 0, 0);
    }

    public static VacancyLine units(UnitType type, int available) {
        return new VacancyLine(LineKind.UNIT, type.name(), null, null, null, available, 0, 0);
    }

    public static VacancyLine placements(PlacementType type, int available) {
        return new VacancyLine(LineKind.PLACEMENT, type.name(), null, null, null, available, 0, 0);
    }

    public static VacancyLine places(int available) {
        return new VacancyLine(LineKind.PLACE, null, null, null, null, available, 0, 0);
    }

    /** This line with {@code count} fewer available (never below zero). */
    VacancyLine less(int count) {
        return new VacancyLine(kind, type, district, timeBand, days, Math.max(0, available - count), held, closed);
    }

    /** What makes two lines the same line: a report lists each once. */
    String identity() {
        return kind + "|" + type + "|" + district + "|" + timeBand + "|" + days;
    }

    /** The line as the history and the audit keep it: held and closed only for beds. */
    public Map<String, Object> toMap() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", kind.name());
        if (type != null) {
            line.put("type", type);
        }
        if (district != null) {
            line.put("district", district);
            line.put("timeBand", timeBand.name());
            line.put("days", days.name());
        }
        line.put("available", available);
        if (kind == LineKind.BED) {
            line.put("held", held);
            line.put("closed", closed);
        }
        return line;
    }

    /** Writes {@link #toMap()} as a JSON object. */
    void write(JsonGenerator json) {
        json.writeStartObject();
        json.write("kind", kind.name());
        if (type != null) {
            json.write("type", type);
        }
        if (district != null) {
            json.write("district", district).write("timeBand", timeBand.name()).write("days", days.name());
        }
        json.write("available", available);
        if (kind == LineKind.BED) {
            json.write("held", held).write("closed", closed);
        }
        json.writeEnd();
    }

    /** A line from the JSON {@link #write} makes. */
    static VacancyLine read(JsonObject line) {
        String district = line.getString("district", null);
        return new VacancyLine(LineKind.valueOf(line.getString("kind")), line.getString("type", null), district,
                district == null ? null : TimeBand.valueOf(line.getString("timeBand")),
                district == null ? null : Days.valueOf(line.getString("days")),
                line.getInt("available"), line.getInt("held", 0), line.getInt("closed", 0));
    }

    public LineKind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public String district() {
        return district;
    }

    public TimeBand timeBand() {
        return timeBand;
    }

    public Days days() {
        return days;
    }

    public int available() {
        return available;
    }

    public int held() {
        return held;
    }

    public int closed() {
        return closed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VacancyLine l && identity().equals(l.identity()) && available == l.available
                && held == l.held && closed == l.closed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity(), available, held, closed);
    }
}
