package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.entity.ServiceKind;

/**
 * A commissioner's rating of one dimension of one market, set over the rule's value with a reason and the date it
 * was assessed on (Essex re-dates its grid each 31 March). The rule's value at that moment is kept beside it.
 */
@Entity
@IdClass(RatingOverride.Key.class)
@Table(name = "suff_rating")
@NamedQuery(name = "RatingOverride.ofCouncil", query = "SELECT r FROM RatingOverride r WHERE r.councilCode = :council")
public class RatingOverride {

    @Id
    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "market", length = 30, nullable = false)
    private ServiceKind market;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", length = 30, nullable = false)
    private Dimension dimension;

    @Column(name = "rating", length = 30, nullable = false)
    private String rating;

    @Column(name = "derived", length = 30, nullable = false)
    private String derived;

    @Column(name = "reason", length = 1000, nullable = false)
    private String reason;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "set_by", length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RatingOverride() {
    }

    public RatingOverride(String councilCode, ServiceKind market, Dimension dimension) {
        this.councilCode = councilCode;
        this.market = market;
        this.dimension = dimension;
    }

    /** Sets the rating: a value of the dimension's scale, a reason, and an assessment date not in the future. */
    public void set(String rating, String derived, String reason, LocalDate assessedOn, LocalDate today, String by, Instant now) {
        if (!dimension.scale().contains(rating)) {
            throw new InvalidInput(java.util.List.of(new FieldError("rating", "must be one of " + dimension.scale()
                    + " for " + dimension.label())));
        }
        if (assessedOn.isAfter(today)) {
            throw InvalidInput.of("assessedOn", "cannot be in the future");
        }
        this.rating = rating;
        this.derived = derived;
        this.reason = reason;
        this.assessedOn = assessedOn;
        this.setBy = by;
        this.setAt = now;
    }

    public String councilCode() {
        return councilCode;
    }

    public ServiceKind market() {
        return market;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String rating() {
        return rating;
    }

    public String derived() {
        return derived;
    }

    public String reason() {
        return reason;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    public long version() {
        return version;
    }

    /** The primary key: council, market and dimension. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String councilCode;
        private ServiceKind market;
        private Dimension dimension;

        public Key() {
        }

        public Key(String councilCode, ServiceKind market, Dimension dimension) {
            this.councilCode = councilCode;
            this.market = market;
            this.dimension = dimension;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(k.councilCode, councilCode) && k.market == market
                    && k.dimension == dimension;
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilCode, market, dimension);
        }
    }
}
