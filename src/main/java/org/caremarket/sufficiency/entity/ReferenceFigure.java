package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.caremarket.platform.entity.InvalidInput;

/** A figure a council's commissioner entered ({@link ReferenceCode}), with its date and source. */
@Entity
@IdClass(ReferenceFigure.Key.class)
@Table(name = "suff_reference")
@NamedQuery(name = "ReferenceFigure.ofCouncil", query = "SELECT f FROM ReferenceFigure f WHERE f.councilCode = :council ORDER BY f.code")
@NamedQuery(name = "ReferenceFigure.all", query = "SELECT f FROM ReferenceFigure f")
public class ReferenceFigure {

    @Id
    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "code", length = 60, nullable = false)
    private ReferenceCode code;

    @Column(name = "figure", precision = 14, scale = 4, nullable = false)
    private BigDecimal value;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "source", length = 300, nullable = false)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected ReferenceFigure() {
    }

    public ReferenceFigure(String councilCode, ReferenceCode code) {
        this.councilCode = councilCode;
        this.code = code;
    }

    /** Sets the figure; a percentage outside 0–100, a negative amount or a date in the future is refused. */
    public void set(BigDecimal value, LocalDate asOf, String source, LocalDate today, String by, Instant now) {
        if (value.signum() < 0 && code != ReferenceCode.WORKFORCE_CARE_WORKERS_CHANGE) {
            throw InvalidInput.of("value", "cannot be negative");
        }
        if (code.isPercent() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInput.of("value", "is a percentage: at most 100");
        }
        if (asOf.isAfter(today)) {
            throw InvalidInput.of("asOf", "cannot be in the future: the date the figure describes");
        }
        this.value = value;
        this.asOf = asOf;
        this.source = source;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String councilCode() {
        return councilCode;
    }

    public ReferenceCode code() {
        return code;
    }

    public BigDecimal value() {
        return value;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String source() {
        return source;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The primary key: council and code. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String councilCode;
        private ReferenceCode code;

        public Key() {
        }

        public Key(String councilCode, ReferenceCode code) {
            this.councilCode = councilCode;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(k.councilCode, councilCode) && k.code == code;
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilCode, code);
        }
    }
}
