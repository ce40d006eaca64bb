package org.caremarket.brokerage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;

/** Homecare wanted at one time of day: hours a week in a time band, on weekdays or at weekends. */
@Embeddable
public class Visit {

    @Enumerated(EnumType.STRING)
    @Column(name = "time_band", length = 10, nullable = false)
    private TimeBand timeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "days", length = 10, nullable = false)
    private Days days;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    protected Visit() {
    }

    public Visit(TimeBand timeBand, Days days, int hoursPerWeek) {
        this.timeBand = timeBand;
        this.days = days;
        this.hoursPerWeek = hoursPerWeek;
    }

    public TimeBand timeBand() {
        return timeBand;
    }

    public Days days() {
        return days;
    }

    public int hoursPerWeek() {
        return hoursPerWeek;
    }
}
