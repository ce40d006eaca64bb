package org.caremarket.vacancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One line of a vacancy report: beds of one type, spare homecare hours in one district and time
 * band, vacant units of one type, placements of one type, or supported-living places.
 */
@Embeddable
public class VacancyLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "line_kind", length = 20, nullable = false)
    private LineKind kind;

    /** The bed, unit or placement type; empty for homecare hours and supported-living places. */
    @Column(name = "line_type", length = 40)
    private String type;

    @Column(name = "district", length = 4)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_band", length = 10)
    private TimeBand timeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "days", length = 10)
    private Days days;

    @Column(name = "available", nullable = false)
    private int available;

    @Column(name = "held", nullable = false)
    private int held;

    @Column(name = "closed", nullable = false)
    private int closed;

    protected VacancyLine() {
    }

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
