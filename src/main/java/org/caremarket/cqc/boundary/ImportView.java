package org.caremarket.cqc.boundary;

import java.time.Instant;
import java.util.List;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.cqc.entity.ImportStatus;
import org.caremarket.cqc.entity.RowError;
import org.caremarket.cqc.entity.Tally;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CqcImport", description = "An import of CQC data: progress, what it did to the register, and the rows it "
        + "could not take.")
public record ImportView(
        String id,
        ImportKind kind,
        @Schema(description = "QUEUED, RUNNING, then SUCCEEDED (every row accounted for, some perhaps refused) or FAILED "
                + "(stopped; see failure).") ImportStatus status,
        @Schema(description = "The file's name as given, or what was asked for.") String source,
        @Schema(description = "True when a directory file was imported as CQC's whole register: locations it no longer "
                + "lists were marked deregistered.") boolean full,
        @Schema(description = "The key that started it.") String requestedBy,
        Instant requestedAt, Instant startedAt, Instant finishedAt,
        @Schema(description = "Rows (locations) to take; for a change feed, known once CQC has listed the changes.") int rowsTotal,
        @Schema(description = "Rows taken so far.") int rowsDone,
        Counts counts,
        @Schema(description = "Why a FAILED import stopped.") String failure,
        @Schema(description = "The rows refused, with the line of the file, the location and the field at fault (the "
                + "first " + ImportJob.MAX_ERRORS + "; counts.failed has them all).") List<Problem> errors) {

    @Schema(name = "CqcImportCounts", description = "Every row is exactly one of created, updated, unchanged, skipped "
            + "and failed; deregistered counts services CQC (or a full file) no longer registers.")
    public record Counts(int created, int updated, int unchanged,
                         @Schema(description = "Rows of services the register does not hold (GP practices, dentists, "
                                 + "hospitals…), and deregistered locations it never held.") int skipped,
                         int failed, int deregistered,
                         @Schema(description = "Rows placed at their exact postcode.") int exactPostcodes,
                         @Schema(description = "Rows placed at their postcode district's centroid (the full postcode is "
                                 + "not in the loaded postcode data).") int districtPostcodes,
                         int providersCreated, int alertsRaised,
                         @Schema(description = "Ids CQC's change feed named that its API then did not know (404).") int notFound) {
    }

    @Schema(name = "CqcImportRowError")
    public record Problem(@Schema(description = "Line of the file (1 is its first line); absent for an API record.") Integer line,
                          String locationId,
                          @Schema(description = "CQC's column or field name.") String field, String message) {
    }

    static ImportView of(ImportJob job, boolean withErrors) {
        Tally t = job.tally();
        List<Problem> errors = withErrors ? job.errors().stream().map(ImportView::problem).toList() : null;
        return new ImportView(job.id(), job.kind(), job.status(), job.source(), job.fullFile(), job.requestedBy(),
                job.requestedAt(), job.startedAt(), job.finishedAt(), job.rowsTotal(), job.rowsDone(),
                new Counts(t.created(), t.updated(), t.unchanged(), t.skipped(), t.failed(), t.deregistered(),
                        t.exactPostcodes(), t.districtPostcodes(), t.providersCreated(), t.alertsRaised(), t.notFound()),
                job.failure(), errors);
    }

    private static Problem problem(RowError e) {
        return new Problem(e.line(), e.locationId(), e.field(), e.message());
    }
}
