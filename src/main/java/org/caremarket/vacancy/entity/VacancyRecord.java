package org.caremarket.vacancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.FlagConverter;

/**
 * One accepted report, as it was: appended, never changed. Occupancy over time is read from here:
 * of the registered capacity at the time, how much was available, held and closed. A row is known by its
 * service and the version it made ({@link Key}): one index serves both the primary key and a service's history.
 */
@Entity
@IdClass(VacancyRecord.Key.class)
@Table(name = "vacancy_history")
@NamedQuery(name = "VacancyRecord.between", query = "SELECT r FROM VacancyRecord r WHERE r.serviceId = :service "
        + "AND r.reportedAt >= :from AND r.reportedAt < :to ORDER BY r.reportedAt, r.version")
public class VacancyRecord {

    @Id
    @Column(name = "service_id", length = 36, nullable = false)
    private String serviceId;

    @Id
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", length = 36)
    private String reportedBy;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "available", nullable = false)
    private int available;

    @Column(name = "held", nullable = false)
    private int held;

    @Column(name = "closed", nullable = false)
    private int closed;

    @Convert(converter = FlagConverter.class)
    @Column(name = "accepting", nullable = false)
    private boolean accepting;

    @Column(name = "report", length = 32000, nullable = false)
    private String report;

    /** Who sent the report (the key's label) and in which role: set on a provider's report, which is its own audit entry. */
    @Column(name = "actor", length = 100)
    private String actor;

    @Column(name = "actor_role", length = 20)
    private String actorRole;

    /** Whether the row is a provider's report or an award that took capacity. */
    public enum Source {
        REPORT, AWARD
    }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "source", length = 10, nullable = false)
    private Source source;

    protected VacancyRecord() {
    }

    /** A report loaded with the demo market: no one sent it, so it is not audited. */
    public VacancyRecord(VacancyState state, int capacity, String reportJson) {
        this(state, capacity, reportJson, Source.REPORT, state.reportedAt(), state.reportedBy());
    }

    /**
     * A provider's report, as accepted: also the audit entry of the change (who, in which role, when, the report
     * after it; the report before it is the service's previous row), so the audit table does not hold it again.
     */
    public VacancyRecord(VacancyState state, int capacity, String reportJson, Caller sender) {
        this(state, capacity, reportJson, Source.REPORT, state.reportedAt(), state.reportedBy());
        this.actor = sender.label();
        this.actorRole = sender.role() == null ? null : sender.role().name();
    }

    /**
     * A report from a service's past, imported after the fact (a history brought from elsewhere, the demo market's
     * year): the row it would have been at its version and time. No one sent it here, so it is not an audit entry.
     */
    public static VacancyRecord imported(String serviceId, long version, Instant at, int capacity, VacancyReport report) {
        VacancyState past = VacancyState.asOf(serviceId, report, at, version);
        return new VacancyRecord(past, capacity, past.snapshotJson(), Source.REPORT, at, null);
    }

    /**
     * The state after an award took capacity: recorded at the moment of the award, by the awarding
     * key; the state keeps the provider's report time.
     */
    public static VacancyRecord award(VacancyState state, int capacity, String reportJson, Instant at, String by) {
        return new VacancyRecord(state, capacity, reportJson, Source.AWARD, at, by);
    }

    private VacancyRecord(VacancyState state, int capacity, String reportJson, Source source, Instant at, String by) {
        VacancyReport r = state.report();
        this.serviceId = state.serviceId();
        this.version = state.version();
        this.source = source;
        this.reportedAt = at;
        this.reportedBy = by;
        this.capacity = capacity;
        this.available = r.available();
        this.held = r.held();
        this.closed = r.closed();
        this.accepting = r.accepting();
        this.report = reportJson;
    }

    public String serviceId() {
        return serviceId;
    }

    public long version() {
        return version;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Source source() {
        return source;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public int capacity() {
        return capacity;
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

    public boolean accepting() {
        return accepting;
    }

    public String report() {
        return report;
    }

    /** The key's label, when this row is a report's audit entry; otherwise null. */
    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    /** A history row's primary key: the service and the version of its report. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String serviceId;
        private long version;

        public Key() {
        }

        public Key(String serviceId, long version) {
            this.serviceId = serviceId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(serviceId, key.serviceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceId, version);
        }
    }
}
