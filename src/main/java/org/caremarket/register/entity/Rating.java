package org.caremarket.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.caremarket.platform.entity.InvalidInput;

/**
 * A CQC rating: overall and for the five key questions (Safe, Effective, Caring, Responsive,
 * Well-led), as published on the report date.
 */
@Embeddable
public class Rating {

    /** CQC began rating adult social care services in October 2014. */
    static final LocalDate FIRST_RATINGS = LocalDate.of(2014, 10, 1);

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_overall", length = 25, nullable = false)
    private RatingValue overall;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_safe", length = 25, nullable = false)
    private RatingValue safe;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_effective", length = 25, nullable = false)
    private RatingValue effective;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_caring", length = 25, nullable = false)
    private RatingValue caring;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_responsive", length = 25, nullable = false)
    private RatingValue responsive;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_well_led", length = 25, nullable = false)
    private RatingValue wellLed;

    @Column(name = "rating_report_date")
    private LocalDate reportDate;

    protected Rating() {
    }

    /**
     * A key question left out counts as not yet rated. A rated service has a report date, and no
     * report is dated in the future.
     */
    public Rating(RatingValue overall, RatingValue safe, RatingValue effective, RatingValue caring,
                  RatingValue responsive, RatingValue wellLed, LocalDate reportDate, LocalDate today) {
        this.overall = overall == null ? RatingValue.NOT_YET_RATED : overall;
        this.safe = orNotRated(safe);
        this.effective = orNotRated(effective);
        this.caring = orNotRated(caring);
        this.responsive = orNotRated(responsive);
        this.wellLed = orNotRated(wellLed);
        this.reportDate = reportDate;
        if (this.overall != RatingValue.NOT_YET_RATED && reportDate == null) {
            throw InvalidInput.of("rating.reportDate", "a rated service needs the date of the CQC report");
        }
        if (reportDate != null && reportDate.isAfter(today)) {
            throw InvalidInput.of("rating.reportDate", "a CQC report cannot be dated in the future");
        }
        if (reportDate != null && reportDate.isBefore(FIRST_RATINGS)) {
            throw InvalidInput.of("rating.reportDate", "CQC has rated adult social care only since " + FIRST_RATINGS);
        }
    }

    public static Rating notYetRated() {
        Rating rating = new Rating();
        rating.overall = rating.safe = rating.effective = rating.caring = rating.responsive = rating.wellLed =
                RatingValue.NOT_YET_RATED;
        return rating;
    }

    private static RatingValue orNotRated(RatingValue value) {
        return value == null ? RatingValue.NOT_YET_RATED : value;
    }

    public RatingValue overall() {
        return overall;
    }

    public RatingValue safe() {
        return safe;
    }

    public RatingValue effective() {
        return effective;
    }

    public RatingValue caring() {
        return caring;
    }

    public RatingValue responsive() {
        return responsive;
    }

    public RatingValue wellLed() {
        return wellLed;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    public boolean isRated() {
        return overall != RatingValue.NOT_YET_RATED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rating r && overall == r.overall && safe == r.safe && effective == r.effective
                && caring == r.caring && responsive == r.responsive && wellLed == r.wellLed
                && Objects.equals(reportDate, r.reportDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(overall, safe, effective, caring, responsive, wellLed, reportDate);
    }
}
