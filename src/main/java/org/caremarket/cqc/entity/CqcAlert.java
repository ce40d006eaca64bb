package org.caremarket.cqc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.caremarket.register.entity.RatingValue;

/** A change in CQC's record of a service that its council should see: a fall in rating, deregistration, dormancy. */
@Entity
@Table(name = "cqc_alert")
public class CqcAlert {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private AlertKind kind;

    @Column(name = "service_id", length = 36, nullable = false)
    private String serviceId;

    @Column(name = "cqc_location_id", length = 20, nullable = false)
    private String cqcLocationId;

    @Column(name = "service_name", length = 200, nullable = false)
    private String serviceName;

    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_before", length = 25)
    private RatingValue ratingBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_after", length = 25)
    private RatingValue ratingAfter;

    @Column(name = "detail", length = 300, nullable = false)
    private String detail;

    @Column(name = "import_id", length = 36, nullable = false)
    private String importId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected CqcAlert() {
    }

    public CqcAlert(AlertKind kind, String serviceId, String cqcLocationId, String serviceName, String councilCode,
                    RatingValue ratingBefore, RatingValue ratingAfter, String detail, String importId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.serviceId = serviceId;
        this.cqcLocationId = cqcLocationId;
        this.serviceName = serviceName;
        this.councilCode = councilCode;
        this.ratingBefore = ratingBefore;
        this.ratingAfter = ratingAfter;
        this.detail = detail;
        this.importId = importId;
        this.raisedAt = now;
    }

    public String id() {
        return id;
    }

    public AlertKind kind() {
        return kind;
    }

    public String serviceId() {
        return serviceId;
    }

    public String cqcLocationId() {
        return cqcLocationId;
    }

    public String serviceName() {
        return serviceName;
    }

    public String councilCode() {
        return councilCode;
    }

    public RatingValue ratingBefore() {
        return ratingBefore;
    }

    public RatingValue ratingAfter() {
        return ratingAfter;
    }

    public String detail() {
        return detail;
    }

    public String importId() {
        return importId;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
