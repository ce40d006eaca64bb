package org.caremarket.cqc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caremarket.access.entity.Caller;
import org.caremarket.cqc.entity.AlertKind;
import org.caremarket.cqc.entity.CqcAlert;
import org.caremarket.cqc.entity.CqcLocation;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.cqc.entity.RowError;
import org.caremarket.cqc.entity.Tally;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.register.control.Reconciled;
import org.caremarket.register.control.RegulatedLocation;
import org.caremarket.register.control.RegulatorRecords;
import org.caremarket.register.entity.RegistrationStatus;

/** The import's database work, each step in a transaction of its own so that a batch is taken whole or not at all. */
@ApplicationScoped
public class ImportWork {

    /** An import that has shown no progress for this long was cut off by its server stopping. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegulatorRecords register;

    /** Records a new import, unless another is under way (409): two imports at once would race for the same rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob open(ImportKind kind, String source, boolean full, Caller caller, int rows) {
        Instant now = clock.instant();
        for (ImportJob active : em.createNamedQuery("ImportJob.active", ImportJob.class).getResultList()) {
            if (active.abandoned(now.minus(ABANDONED_AFTER))) {
                active.fail("abandoned: no progress for " + ABANDONED_AFTER.toMinutes()
                        + " minutes (its server stopped); run the import again", now);
            } else {
                throw new Conflict("/problems/import-running", "An import is already running",
                        "Import " + active.id() + " (" + active.kind() + ") is " + active.status().name().toLowerCase()
                                + "; start this one when it has finished (GET /api/imports/" + active.id() + ").");
            }
        }
        ImportJob job = new ImportJob(kind, source, full, caller.keyId(), rows, now);
        em.persist(job);
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(String jobId) {
        em.find(ImportJob.class, jobId).start(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expect(String jobId, int rows) {
        em.find(ImportJob.class, jobId).expect(rows);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String jobId, BatchResult result) {
        em.find(ImportJob.class, jobId).add(result.tally(), result.errors(), clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeed(String jobId) {
        em.find(ImportJob.class, jobId).succeed(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String jobId, String why) {
        em.find(ImportJob.class, jobId).fail(why, clock.instant());
    }

    /**
     * Takes a batch into the register, whole: a record whose fingerprint matches the last one from its source is
     * left alone; the rest are reconciled, noted and alerted on. Any failure rolls the whole batch back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally apply(String jobId, ImportKind source, List<Placed> batch, Caller caller) {
        Instant now = clock.instant();
        Map<String, CqcLocation> known = new HashMap<>();
        List<String> ids = batch.stream().map(p -> p.record().locationId()).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT l FROM CqcLocation l WHERE l.locationId IN :ids", CqcLocation.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream().forEach(l -> known.put(l.locationId(), l));
        }
        List<Placed> changed = new ArrayList<>();
        int unchanged = 0;
        for (Placed p : batch) {
            CqcLocation held = known.get(p.record().locationId());
            if (held != null && held.unchanged(source, p.record().fingerprint())) {
                unchanged++;
            } else {
                changed.add(p);
            }
        }
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int deregistered = 0;
        int providers = 0;
        int alerts = 0;
        List<Reconciled> results = changed.isEmpty() ? List.of()
                : register.reconcile(caller, changed.stream().map(Placed::location).toList());
        for (int i = 0; i < results.size(); i++) {
            Reconciled r = results.get(i);
            CqcRecord record = changed.get(i).record();
            switch (r.change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped++;
            }
            if (r.providerCreated()) {
                providers++;
            }
            if (r.statusAfter() == RegistrationStatus.DEREGISTERED && r.statusBefore() != null
                    && r.statusBefore() != RegistrationStatus.DEREGISTERED) {
                deregistered++;
            }
            alerts += alert(r, jobId, now);
            CqcLocation held = known.get(record.locationId());
            if (held == null) {
                held = new CqcLocation(record.locationId());
                em.persist(held);
                known.put(record.locationId(), held);
            }
            held.note(source, record.fingerprint(), r.serviceId(), record.providerId(), record.serviceTypes(),
                    record.lastCheck(), record.localAuthority(), r.statusAfter() != RegistrationStatus.DEREGISTERED,
                    jobId, now);
        }
        em.flush();
        return new Tally(0, created, updated, unchanged, deregistered, skipped, 0, 0, 0, providers, alerts, 0);
    }

    /**
     * Takes locations that are already in the register's terms (no CQC file or record to note), raising the alerts
     * their changes call for as of {@code at}: the changes CQC published at that time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally reconcileAt(String jobId, List<RegulatedLocation> locations, Caller caller, Instant at) {
        int updated = 0;
        int alerts = 0;
        for (Reconciled r : register.reconcile(caller, locations)) {
            if (r.change() == Reconciled.Change.UPDATED) {
                updated++;
            }
            alerts += alert(r, jobId, at);
        }
        em.flush();
        return new Tally(locations.size(), 0, updated, locations.size() - updated, 0, 0, 0, 0, 0, 0, alerts, 0);
    }

    /** The locations a full directory file no longer lists: registered ones this register follows from the directory. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> missingFromDirectory(Set<String> listed) {
        return em.createQuery("SELECT l.locationId FROM CqcLocation l WHERE l.registered = :yes AND l.directoryPrint IS NOT NULL",
                        String.class).setParameter("yes", Boolean.TRUE).getResultStream()
                .filter(id -> !listed.contains(id)).toList();
    }

    /** Marks these locations as no longer registered, with an alert each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally deregister(String jobId, List<String> locationIds, Caller caller) {
        Instant now = clock.instant();
        int alerts = 0;
        List<Reconciled> done = register.deregister(caller, locationIds);
        for (Reconciled r : done) {
            alerts += alert(r, jobId, now);
        }
        for (String id : locationIds) {
            CqcLocation held = em.find(CqcLocation.class, id);
            if (held != null) {
                held.deregistered(jobId, now);
            }
        }
        return new Tally(0, 0, 0, 0, done.size(), 0, 0, 0, 0, 0, alerts, 0);
    }

    private int alert(Reconciled r, String jobId, Instant now) {
        AlertKind kind = null;
        String detail = null;
        if (r.statusBefore() != null && r.statusBefore() != RegistrationStatus.DEREGISTERED
                && r.statusAfter() == RegistrationStatus.DEREGISTERED) {
            kind = AlertKind.DEREGISTERED;
            detail = "CQC no longer registers this service; it is paused in search and matching";
        } else if (r.statusBefore() == RegistrationStatus.REGISTERED && r.statusAfter() == RegistrationStatus.DORMANT) {
            kind = AlertKind.DORMANT;
            detail = "CQC lists this service as dormant (registered, not providing care); it is paused in search and matching";
        } else if (r.ratingBefore() != null && r.ratingAfter() != null && r.ratingBefore().rank() > 0
                && r.ratingAfter().rank() > 0 && r.ratingAfter().rank() < r.ratingBefore().rank()) {
            kind = AlertKind.RATING_FELL;
            detail = "CQC's overall rating fell from " + words(r.ratingBefore()) + " to " + words(r.ratingAfter());
        }
        if (kind == null || r.serviceId() == null) {
            return 0;
        }
        em.persist(new CqcAlert(kind, r.serviceId(), r.cqcLocationId(), r.serviceName(), r.councilCode(),
                r.ratingBefore(), r.ratingAfter(), detail, jobId, now));
        return 1;
    }

    private static String words(org.caremarket.register.entity.RatingValue value) {
        String w = value.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
