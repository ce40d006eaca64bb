package org.caremarket.cqc.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caremarket.access.entity.Caller;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.cqc.entity.RowError;
import org.caremarket.cqc.entity.Tally;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.RegulatedLocation;
import org.caremarket.register.control.RegulatorRecords;

/**
 * Imports of CQC data, run as background jobs: the request is checked and recorded, then the rows are taken in
 * batches of {@link #BATCH}, each batch whole in one transaction. When a batch fails, its rows are taken one by one
 * so that only the rows at fault are refused — each named, with its line, in the job — and nothing of a refused
 * row is kept.
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());
    static final int BATCH = 250;
    /** The most API records one request may carry; the change feed has no limit. */
    public static final int MAX_RECORDS = 5000;

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportWork work;

    @Inject
    Geocoder geocoder;

    @Inject
    CouncilNames councilNames;

    @Inject
    CqcApi api;

    @Inject
    RegulatorRecords register;

    @Inject
    Clock clock;

    /**
     * Starts importing a CQC directory file. A file that is not one — no header, a missing column, a broken line —
     * is refused whole (400 naming the line) before anything is imported. With {@code full}, the file is the whole
     * register: locations this register follows from earlier directory files that it no longer lists are marked
     * deregistered (never deleted).
     */
    public ImportJob directory(String text, boolean full, String source, Caller caller) {
        DirectoryFile file;
        try {
            file = DirectoryFile.read(text);
        } catch (DirectoryFile.Malformed malformed) {
            throw new InvalidInput(List.of(new FieldError("body", malformed.getMessage())));
        }
        ImportJob job = work.open(ImportKind.DIRECTORY, source, full, caller, file.rows().size());
        executor.submit(() -> run(job.id(), () -> directory(job.id(), file, full, caller)));
        return job;
    }

    /**
     * Starts importing CQC API records: one {@code /locations/{id}} or {@code /providers/{id}} record, or an array
     * of them. Provider records name the providers of the locations sent with them.
     */
    public ImportJob locations(String text, Caller caller) {
        List<JsonObject> records = records(text);
        ImportJob job = work.open(ImportKind.LOCATIONS, records.size() + " API record(s)", false, caller,
                (int) records.stream().filter(r -> !ApiRecords.isProvider(r)).count());
        executor.submit(() -> run(job.id(), () -> apiRecords(job.id(), records, caller)));
        return job;
    }

    /** Starts following CQC's change feed between two instants, fetching each changed location. */
    public ImportJob changes(Instant from, Instant to, Caller caller) {
        if (!from.isBefore(to)) {
            throw InvalidInput.of("to", "must be after from");
        }
        if (to.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw InvalidInput.of("to", "cannot be in the future");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw InvalidInput.of("from", "a change feed of more than a year: import the directory file instead");
        }
        ImportJob job = work.open(ImportKind.CHANGES, from + " to " + to, false, caller, 0);
        executor.submit(() -> run(job.id(), () -> feed(job.id(), from, to, caller)));
        return job;
    }

    /**
     * Takes changes CQC published at a past time, already in the register's terms (the demo market's rating
     * changes over its year), as an import job that runs now, in the caller's thread: the register is brought into
     * step and each change raises the alert it calls for, dated {@code at}.
     */
    public ImportJob regulatorChanges(String source, List<RegulatedLocation> changes, Caller caller, Instant at) {
        ImportJob job = work.open(ImportKind.LOCATIONS, source, false, caller, changes.size());
        work.start(job.id());
        work.progress(job.id(), new BatchResult(work.reconcileAt(job.id(), changes, caller, at), List.of()));
        work.succeed(job.id());
        return job;
    }

    public Optional<ImportJob> find(String id) {
        ImportJob job = id == null ? null : em.find(ImportJob.class, id);
        if (job != null) {
            job.errors();
        }
        return Optional.ofNullable(job);
    }

    public Page<ImportJob> list(int page, int size) {
        long total = em.createNamedQuery("ImportJob.count", Long.class).getSingleResult();
        List<ImportJob> items = em.createNamedQuery("ImportJob.latest", ImportJob.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    /** An import that stops before taking anything, for a reason the job states. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private void run(String jobId, Runnable body) {
        try {
            work.start(jobId);
            body.run();
            work.succeed(jobId);
        } catch (CqcApi.Unavailable | Refused e) {
            LOG.warning(() -> "CQC import " + jobId + " stopped: " + e.getMessage());
            work.fail(jobId, e.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "CQC import " + jobId + " failed; reference " + reference, e);
            work.fail(jobId, "the import stopped on a fault in the server (reference " + reference
                    + " in the server log); rows already taken are kept");
        }
    }

    /** A full file may mark at most this many locations deregistered, or more if it lists more than it would deregister. */
    static final int DEREGISTRATIONS_WITHOUT_QUESTION = 1000;

    private void directory(String jobId, DirectoryFile file, boolean full, Caller caller) {
        if (full) {
            Set<String> ids = new HashSet<>();
            file.rows().forEach(row -> ids.add(file.locationId(row)));
            int missing = work.missingFromDirectory(ids).size();
            if (missing > DEREGISTRATIONS_WITHOUT_QUESTION && missing > ids.size()) {
                throw new Refused("refused to treat the file as full, and imported nothing: it lists "
                        + ids.size() + " locations, and " + missing + " that this register follows from CQC would be "
                        + "deregistered; import it without full=true, or send CQC's whole directory");
            }
        }
        Set<String> listed = new HashSet<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Pending> batch = new ArrayList<>();
        for (DirectoryFile.Row row : file.rows()) {
            String id = file.locationId(row);
            Pending pending;
            if (id != null && firstLine.containsKey(id)) {
                pending = Pending.failed(row.line(), id, DirectoryFile.LOCATION_ID,
                        "the location appears again; its first row is line " + firstLine.get(id));
            } else {
                if (id != null) {
                    firstLine.put(id, row.line());
                    listed.add(id);
                }
                try {
                    pending = Pending.of(file.record(row));
                } catch (RowProblem problem) {
                    pending = Pending.failed(row.line(), id, problem.field(), problem.getMessage());
                }
            }
            batch.add(pending);
            if (batch.size() == BATCH) {
                reconcileBatch(jobId, ImportKind.DIRECTORY, batch, caller);
                batch.clear();
            }
        }
        reconcileBatch(jobId, ImportKind.DIRECTORY, batch, caller);
        if (full) {
            List<String> missing = work.missingFromDirectory(listed);
            for (int from = 0; from < missing.size(); from += BATCH) {
                Tally done = work.deregister(jobId, missing.subList(from, Math.min(missing.size(), from + BATCH)), caller);
                work.progress(jobId, new BatchResult(done, List.of()));
            }
        }
    }

    private static boolean holdsNoKind(JsonObject record) {
        try {
            return ApiRecords.holdsNoKind(record);
        } catch (RowProblem unreadable) {
            return false;
        }
    }

    private void apiRecords(String jobId, List<JsonObject> records, Caller caller) {
        Map<String, String> providerNames = new HashMap<>();
        List<JsonObject> locations = new ArrayList<>();
        List<RowError> providerErrors = new ArrayList<>();
        for (JsonObject record : records) {
            if (ApiRecords.isProvider(record)) {
                try {
                    ApiRecords.ProviderRecord p = ApiRecords.provider(record);
                    providerNames.put(p.providerId(), p.name());
                } catch (RowProblem problem) {
                    providerErrors.add(new RowError(0, null, record.get("providerId") instanceof jakarta.json.JsonString s
                            ? s.getString() : null, problem.field(), problem.getMessage()));
                }
            } else {
                locations.add(record);
            }
        }
        if (!providerErrors.isEmpty()) {
            work.progress(jobId, new BatchResult(Tally.NONE, providerErrors));
        }
        locationsIn(jobId, ImportKind.LOCATIONS, locations, providerNames, caller);
    }

    private void feed(String jobId, Instant from, Instant to, Caller caller) {
        List<String> ids = api.changedLocations(from, to);
        work.expect(jobId, ids.size());
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<JsonObject> fetched = new ArrayList<>();
            int notFound = 0;
            for (String id : ids.subList(start, Math.min(ids.size(), start + BATCH))) {
                Optional<JsonObject> record = api.location(id);
                if (record.isPresent()) {
                    fetched.add(record.get());
                } else {
                    notFound++;
                }
            }
            Map<String, String> providerNames = new HashMap<>();
            Set<String> providerIds = new HashSet<>();
            for (JsonObject record : fetched) {
                try {
                    providerIds.add(ApiRecords.text(record, "providerId").toUpperCase(java.util.Locale.ROOT));
                } catch (RuntimeException unreadable) {
                    // the record's own import names the field
                }
            }
            providerIds.removeAll(register.knownProviders(providerIds));
            for (String providerId : providerIds) {
                api.provider(providerId).ifPresent(p -> {
                    try {
                        providerNames.put(providerId, ApiRecords.provider(p).name());
                    } catch (RowProblem unreadable) {
                        // the provider is named after its id until a readable record comes
                    }
                });
            }
            if (notFound > 0) {
                work.progress(jobId, new BatchResult(new Tally(notFound, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, notFound), List.of()));
            }
            locationsIn(jobId, ImportKind.CHANGES, fetched, providerNames, caller);
        }
    }

    private void locationsIn(String jobId, ImportKind kind, List<JsonObject> locations, Map<String, String> providerNames,
                             Caller caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<String> seen = new HashSet<>();
        List<Pending> batch = new ArrayList<>();
        for (JsonObject record : locations) {
            String id = ApiRecords.locationId(record);
            Pending pending;
            if (id != null && !seen.add(id)) {
                pending = Pending.failed(null, id, "locationId", "the location was sent twice");
            } else if (holdsNoKind(record)) {
                pending = Pending.SKIPPED;
            } else {
                try {
                    String providerId = ApiRecords.text(record, "providerId");
                    CqcRecord read = ApiRecords.location(record, providerId == null ? null
                            : providerNames.get(providerId.toUpperCase(java.util.Locale.ROOT)), today);
                    pending = new Pending(read, ApiRecords.coordinate(record), null);
                } catch (RowProblem problem) {
                    pending = Pending.failed(null, id, problem.field(), problem.getMessage());
                }
            }
            batch.add(pending);
            if (batch.size() == BATCH) {
                reconcileBatch(jobId, kind == ImportKind.CHANGES ? ImportKind.LOCATIONS : kind, batch, caller);
                batch.clear();
            }
        }
        reconcileBatch(jobId, kind == ImportKind.CHANGES ? ImportKind.LOCATIONS : kind, batch, caller);
    }

    /** A row on its way: read (or refused while reading), with CQC's own coordinate when the record gives one. */
    private record Pending(CqcRecord record, double[] coordinate, RowError error) {
        /** A record of a kind of service the register does not hold. */
        static final Pending SKIPPED = new Pending(null, null, null);

        static Pending of(CqcRecord record) {
            return new Pending(record, null, null);
        }

        static Pending failed(Integer line, String locationId, String field, String message) {
            return new Pending(null, null, new RowError(0, line, locationId, field, message));
        }
    }

    /** Places a batch and reconciles it with the register whole or, failing that, row by row; records the job's progress. */
    private void reconcileBatch(String jobId, ImportKind source, List<Pending> batch, Caller caller) {
        if (batch.isEmpty()) {
            return;
        }
        List<RowError> errors = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        int skipped = 0;
        int exact = 0;
        int district = 0;
        for (Pending p : batch) {
            if (p.error() != null) {
                errors.add(p.error());
                continue;
            }
            if (p == Pending.SKIPPED || p.record().kinds().isEmpty()) {
                skipped++;
                continue;
            }
            try {
                Placed ready = place(p.record(), p.coordinate());
                placed.add(ready);
                if (ready.location().place().coordinate().precision() == Precision.EXACT) {
                    exact++;
                } else {
                    district++;
                }
            } catch (RowProblem problem) {
                errors.add(new RowError(0, p.record().line(), p.record().locationId(), problem.field(), problem.getMessage()));
            }
        }
        Tally tally = new Tally(batch.size(), 0, 0, 0, 0, skipped, 0, exact, district, 0, 0, 0);
        if (!placed.isEmpty()) {
            try {
                tally = tally.plus(work.apply(jobId, source, placed, caller));
            } catch (RuntimeException batchFailed) {
                for (Placed one : placed) {
                    try {
                        tally = tally.plus(work.apply(jobId, source, List.of(one), caller));
                    } catch (RuntimeException rowFailed) {
                        errors.add(refusal(one.record(), rowFailed));
                    }
                }
            }
        }
        int failed = errors.size();
        work.progress(jobId, new BatchResult(new Tally(0, 0, 0, 0, 0, 0, failed, 0, 0, 0, 0, 0).plus(tally), errors));
    }

    /** Where the record is — the geocoder's place, or CQC's own coordinate where the geocoder knows only the district — and its council. */
    private Placed place(CqcRecord record, double[] cqcCoordinate) {
        Postcode postcode = Postcode.parse(record.postcode()).orElseThrow(() -> new RowProblem(
                record.source() == ImportKind.DIRECTORY ? DirectoryFile.POSTCODE : "postalCode",
                "\"" + record.postcode() + "\" is not a UK postcode"));
        Located located = geocoder.locate(postcode).orElseThrow(() -> new RowProblem(
                record.source() == ImportKind.DIRECTORY ? DirectoryFile.POSTCODE : "postalCode",
                "postcode district " + postcode.district() + " is not known"));
        if (Geocoder.NOT_ENGLAND.contains(postcode.area())) {
            throw new RowProblem(record.source() == ImportKind.DIRECTORY ? DirectoryFile.POSTCODE : "postalCode",
                    postcode + " is outside England; the register holds English services");
        }
        if (located.coordinate().precision() != Precision.EXACT && cqcCoordinate != null) {
            located = new Located(located.postcode(), new Coordinate(cqcCoordinate[0], cqcCoordinate[1], Precision.EXACT),
                    located.councilCode());
        }
        Located at = located;
        String council = councilNames.codeOf(record.localAuthority()).orElseGet(() -> geocoder.councilFor(at));
        RegulatedLocation location = new RegulatedLocation(record.locationId(), record.providerId(), record.providerName(),
                record.ownership(), record.kinds(), record.name(), record.address(), located, council, record.status(),
                record.specialisms(), record.capacity(), record.phone(), record.website(), record.rating(),
                record.pastRatings());
        return new Placed(record, location);
    }

    private static RowError refusal(CqcRecord record, RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof DomainFailure) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
            FieldError first = invalid.errors().get(0);
            return new RowError(0, record.line(), record.locationId(), first.field(), first.message());
        }
        if (cause instanceof DomainFailure domain) {
            return new RowError(0, record.line(), record.locationId(), null, domain.detail());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "CQC import: location " + record.locationId() + " could not be stored; reference " + reference,
                failure);
        return new RowError(0, record.line(), record.locationId(), null,
                "the register could not store this location (reference " + reference + " in the server log)");
    }

    /** The records of a JSON body: one object, or an array of objects; anything else is a 400. */
    static List<JsonObject> records(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("body", "send a CQC API record (GET /locations/{id} or /providers/{id}) or an array of them");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw InvalidInput.of("body", "is not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            throw InvalidInput.of("body", "is not JSON");
        }
        List<JsonObject> records = new ArrayList<>();
        if (value instanceof JsonObject o) {
            records.add(o);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject o)) {
                    throw InvalidInput.of("body[" + i + "]", "must be a CQC API record (a JSON object)");
                }
                records.add(o);
            }
        } else {
            throw InvalidInput.of("body", "send a CQC API record or an array of them");
        }
        if (records.isEmpty()) {
            throw InvalidInput.of("body", "holds no records");
        }
        if (records.size() > MAX_RECORDS) {
            throw InvalidInput.of("body", "at most " + MAX_RECORDS + " records in one request; this one has " + records.size());
        }
        for (int i = 0; i < records.size(); i++) {
            JsonObject r = records.get(i);
            if (!r.containsKey("locationId") && !r.containsKey("providerId")) {
                throw InvalidInput.of("body[" + i + "]", "is neither a CQC location record (locationId) nor a provider record (providerId)");
            }
        }
        return records;
    }
}
