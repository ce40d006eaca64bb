package org.caremarket.cqc.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caremarket.platform.entity.FlagConverter;

/**
 * One import of CQC data, run in the background: what was asked for, how far it has got, what it did to the
 * register, and the rows it could not take (the first {@link #MAX_ERRORS}; the count covers all of them).
 */
@Entity
@Table(name = "cqc_import")
@NamedQuery(name = "ImportJob.active", query = "SELECT j FROM ImportJob j WHERE j.status IN "
        + "(org.caremarket.cqc.entity.ImportStatus.QUEUED, org.caremarket.cqc.entity.ImportStatus.RUNNING)")
@NamedQuery(name = "ImportJob.latest", query = "SELECT j FROM ImportJob j ORDER BY j.requestedAt DESC, j.id")
@NamedQuery(name = "ImportJob.count", query = "SELECT COUNT(j) FROM ImportJob j")
public class ImportJob {

    public static final int MAX_ERRORS = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private ImportStatus status;

    @Column(name = "source", length = 200)
    private String source;

    @Convert(converter = FlagConverter.class)
    @Column(name = "full_file", nullable = false)
    private Boolean fullFile;

    @Column(name = "requested_by", length = 36)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Moved on by every batch: a queued or running import whose heartbeat stops was cut off (its server stopped). */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created", nullable = false)
    private int created;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "deregistered", nullable = false)
    private int deregistered;

    @Column(name = "skipped", nullable = false)
    private int skipped;

    @Column(name = "failed", nullable = false)
    private int failed;

    @Column(name = "exact_postcodes", nullable = false)
    private int exactPostcodes;

    @Column(name = "district_postcodes", nullable = false)
    private int districtPostcodes;

    @Column(name = "providers_created", nullable = false)
    private int providersCreated;

    @Column(name = "alerts_raised", nullable = false)
    private int alertsRaised;

    @Column(name = "not_found", nullable = false)
    private int notFound;

    @Column(name = "failure", length = 1000)
    private String failure;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cqc_import_error", joinColumns = @JoinColumn(name = "import_id"))
    @OrderBy("seq")
    private List<RowError> errors = new ArrayList<>();

    protected ImportJob() {
    }

    public ImportJob(ImportKind kind, String source, boolean fullFile, String requestedBy, int rowsTotal, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.status = ImportStatus.QUEUED;
        this.source = source == null || source.length() <= 200 ? source : source.substring(0, 200);
        this.fullFile = fullFile;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.heartbeatAt = now;
        this.rowsTotal = rowsTotal;
    }

    public void start(Instant now) {
        status = ImportStatus.RUNNING;
        startedAt = now;
        heartbeatAt = now;
    }

    /** Adds what one batch of rows did; errors beyond the first {@link #MAX_ERRORS} are counted, not kept. */
    public void add(Tally tally, List<RowError> rowErrors, Instant now) {
        heartbeatAt = now;
        rowsTotal = Math.max(rowsTotal, rowsDone + tally.rows());
        rowsDone += tally.rows();
        created += tally.created();
        updated += tally.updated();
        unchanged += tally.unchanged();
        deregistered += tally.deregistered();
        skipped += tally.skipped();
        failed += tally.failed();
        exactPostcodes += tally.exactPostcodes();
        districtPostcodes += tally.districtPostcodes();
        providersCreated += tally.providersCreated();
        alertsRaised += tally.alertsRaised();
        notFound += tally.notFound();
        for (RowError e : rowErrors) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            errors.add(new RowError(errors.size() + 1, e.line(), e.locationId(), e.field(), e.message()));
        }
    }

    /** Rows to come, once a feed has said how many there are. */
    public void expect(int rows) {
        rowsTotal = rows;
    }

    /** True when a queued or running import has shown no progress since {@code cutoff}. */
    public boolean abandoned(Instant cutoff) {
        return !status.finished() && heartbeatAt.isBefore(cutoff);
    }

    public void succeed(Instant now) {
        status = ImportStatus.SUCCEEDED;
        finishedAt = now;
    }

    public void fail(String why, Instant now) {
        status = ImportStatus.FAILED;
        failure = why == null ? "failed" : why.length() <= 1000 ? why : why.substring(0, 997) + "...";
        finishedAt = now;
    }

    public String id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public boolean fullFile() {
        return Boolean.TRUE.equals(fullFile);
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public Tally tally() {
        return new Tally(rowsDone, created, updated, unchanged, deregistered, skipped, failed, exactPostcodes,
                districtPostcodes, providersCreated, alertsRaised, notFound);
    }

    public String failure() {
        return failure;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }
}
