package org.caremarket.cqc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.caremarket.platform.entity.FlagConverter;

/**
 * What CQC last said of a location the register follows: the service it became, CQC's own words for what it
 * provides, its date of latest check, and a fingerprint of the last record per source so that an unchanged record
 * is recognised without touching the register.
 */
@Entity
@Table(name = "cqc_location")
public class CqcLocation {

    @Id
    @Column(name = "location_id", length = 20)
    private String locationId;

    @Column(name = "service_id", length = 36)
    private String serviceId;

    @Column(name = "provider_id", length = 20)
    private String providerId;

    @Column(name = "service_types", length = 300)
    private String serviceTypes;

    @Column(name = "last_check")
    private LocalDate lastCheck;

    @Column(name = "local_authority", length = 100)
    private String localAuthority;

    @Convert(converter = FlagConverter.class)
    @Column(name = "registered", nullable = false)
    private Boolean registered;

    @Column(name = "directory_print", length = 64)
    private String directoryPrint;

    @Column(name = "api_print", length = 64)
    private String apiPrint;

    @Column(name = "last_import_id", length = 36, nullable = false)
    private String lastImportId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CqcLocation() {
    }

    public CqcLocation(String locationId) {
        this.locationId = locationId;
    }

    /** Notes what a record said and which import brought it. */
    public void note(ImportKind source, String fingerprint, String serviceId, String providerId, String serviceTypes,
                     LocalDate lastCheck, String localAuthority, boolean registered, String importId, Instant now) {
        if (source == ImportKind.DIRECTORY) {
            this.directoryPrint = fingerprint;
        } else {
            this.apiPrint = fingerprint;
        }
        this.serviceId = serviceId;
        this.providerId = providerId;
        this.serviceTypes = clip(serviceTypes, 300);
        if (lastCheck != null) {
            this.lastCheck = lastCheck;
        }
        this.localAuthority = clip(localAuthority, 100);
        this.registered = registered;
        this.lastImportId = importId;
        this.updatedAt = now;
    }

    /** No longer registered (missing from a full directory file). */
    public void deregistered(String importId, Instant now) {
        this.registered = false;
        this.lastImportId = importId;
        this.updatedAt = now;
    }

    /** True when the last record from this source had the same fingerprint and the register holds the service. */
    public boolean unchanged(ImportKind source, String fingerprint) {
        return serviceId != null && fingerprint.equals(source == ImportKind.DIRECTORY ? directoryPrint : apiPrint);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public String locationId() {
        return locationId;
    }

    public String serviceId() {
        return serviceId;
    }
}
