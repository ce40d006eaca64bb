package org.caremarket.vacancy.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caremarket.platform.entity.IfMatch;
import java.util.Set;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.control.GroupCommit;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.entity.CapacityClaim;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reading and replacing services' vacancy reports, and their history. */
@ApplicationScoped
@Transactional
public class Vacancies {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CareServices services;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReportWriter writer;

    /**
     * How many batches of reports may be written at once. A service's reports always go to the same writer, so
     * two batches never hold the same service and cannot deadlock on its rows.
     */
    @Inject
    @ConfigProperty(name = "caremarket.vacancy.writers", defaultValue = "1")
    int writers;

    /** Concurrent reports, written in batches of at most 64, by one of {@link #writers} writers. */
    private List<GroupCommit<ReportWriter.Replacement>> reports;

    @PostConstruct
    void start() {
        reports = java.util.stream.IntStream.range(0, Math.max(1, writers))
                .mapToObj(i -> new GroupCommit<ReportWriter.Replacement>(64, this::write)).toList();
        java.util.logging.Logger.getLogger(Vacancies.class.getName()).info(() -> "Vacancy reports are written by "
                + reports.size() + (reports.size() == 1 ? " writer" : " writers") + " (caremarket.vacancy.writers)");
    }

    /** A service and its current report (empty before the first). */
    public record Current(ServiceFacts service, Optional<VacancyState> state) {

        /** The ETag: 0 until the first report. */
        public long version() {
            return state.map(VacancyState::version).orElse(0L);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Current current(String serviceId) {
        ServiceFacts service = services.facts(serviceId);
        return new Current(service, Optional.ofNullable(em.find(VacancyState.class, serviceId)));
    }

    /**
     * Replaces a service's report after checking who asks, the version they read, and the report itself
     * against the service; appends the history, updates what the directory search sees and audits the
     * change. Reports that arrive together are written together, in one transaction ({@link GroupCommit}):
     * this returns once its own is written (or refused). If the database turns a batch away, each of its
     * reports is written again in a transaction of its own, so one report's outcome never depends on another's.
     * Not part of a caller's transaction.
     * <p>
     * The service's facts (its provider, kind, capacity, status) are taken as this instance last read them: the
     * batch writes the report only if the register record is still at their version, and a report is refused on
     * their account only after they have been read again. Where the record has moved on, the report is checked
     * again against the record as it is now, up to {@link #FACTS_ATTEMPTS} times.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Current replace(String serviceId, IfMatch expectedVersion, VacancyReport report) {
        Caller who = caller.get();
        ServiceFacts facts = services.recentFacts(serviceId);
        for (int attempt = 1; ; attempt++) {
            ReportWriter.Replacement replacement = new ReportWriter.Replacement(who, facts, expectedVersion, report);
            try {
                writer.admit(replacement);
            } catch (DomainFailure refused) {
                ServiceFacts now = services.facts(serviceId);
                if (now.version() != facts.version() && attempt < FACTS_ATTEMPTS) {
                    facts = now;
                    continue;
                }
                if (refused instanceof Forbidden) {
                    audit.denied(who, "vacancy.replace", "CareService", serviceId);
                }
                throw refused;
            }
            reports.get(Math.floorMod(serviceId.hashCode(), reports.size())).submit(replacement);
            if (!replacement.admitAgain()) {
                return replacement.outcome();
            }
            if (attempt == FACTS_ATTEMPTS) {
                throw Writes.concurrentUpdate("The service's record kept changing while this report was being "
                        + "written; send it again.");
            }
            facts = services.facts(serviceId);
        }
    }

    /** How many times a report is checked against a service record that changes meanwhile before it is turned away. */
    static final int FACTS_ATTEMPTS = 3;

    private void write(List<ReportWriter.Replacement> batch) {
        try {
            writer.write(batch);
        } catch (RuntimeException turnedAway) {
            if (batch.size() == 1) {
                batch.get(0).fail(turnedAway);
            } else {
                for (ReportWriter.Replacement alone : batch) {
                    try {
                        writer.write(List.of(alone));
                    } catch (RuntimeException failure) {
                        alone.fail(failure);
                    }
                }
            }
        }
    }

    /**
     * Takes what an award claims from a service's current report, in the caller's transaction (the one
     * that records the award). Writers of one service queue on its register row first, as reports do,
     * and the report is read only once that row is held: of two awards racing for the last bed, the
     * second reads none left and gets a 409. The history gains an AWARD row.
     *
     * @return how much was taken (1, or homecare hours a week)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int take(String serviceId, CapacityClaim claim, String cause) {
        ServiceFacts service = services.facts(serviceId);
        Instant now = clock.instant();
        services.markChanged(serviceId, now);
        VacancyState state = em.find(VacancyState.class, serviceId);
        if (state == null) {
            throw new Conflict("/problems/no-capacity", "The capacity has gone",
                    service.name() + " has never reported vacancies, so there is nothing to take.");
        }
        if (service.status() != RegistrationStatus.REGISTERED || !state.accepting()) {
            throw new Conflict("/problems/no-capacity", "The capacity has gone", service.name() + " is "
                    + (service.status() != RegistrationStatus.REGISTERED ? service.status().name().toLowerCase()
                    : "not accepting admissions or referrals now") + ", so it cannot take this package.");
        }
        Map<String, Object> before = state.snapshot();
        int taken = state.take(claim, service.name());
        VacancyReport report = state.report().forKind(service.kind());
        services.recordAvailability(serviceId, new Availability(report.available(), report.availableTypes(),
                report.accepting(), state.reportedAt()), now);
        Writes.flush(em, null, () -> Writes.concurrentUpdate("The vacancies of " + service.name() + " changed while the award was being made; try again."));
        Map<String, Object> after = state.snapshot();
        em.persist(VacancyRecord.award(state, service.capacity(), state.snapshotJson(), now, caller.get().keyId()));
        audit.changed(caller.get(), "vacancy.take", "CareService", serviceId, before,
                Map.of("cause", cause, "taken", claim.describe(), "state", after));
        return taken;
    }

    /**
     * The current reports of these services (of every service that has reported, when null), as
     * values: one query per 500 services.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VacancySnapshot> snapshots(java.util.Collection<String> serviceIds) {
        if (serviceIds == null) {
            return snapshots("", null);
        }
        List<String> ids = List.copyOf(serviceIds);
        List<VacancySnapshot> all = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            all.addAll(snapshots(" WHERE v.serviceId IN :ids", ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<VacancySnapshot> snapshots(String where, List<String> ids) {
        var heads = em.createQuery("SELECT v.serviceId, v.version, v.reportedAt, v.accepting, v.weeklyFee, "
                + "v.doubleHandedCalls, v.lines FROM VacancyState v" + where, Object[].class);
        if (ids != null) {
            heads.setParameter("ids", ids);
        }
        return heads.getResultList().stream().map(r -> new VacancySnapshot((String) r[0], (Long) r[1], (Instant) r[2],
                (Boolean) r[3], (java.math.BigDecimal) r[4], (Boolean) r[5], List.copyOf((List<VacancyLine>) r[6]))).toList();
    }

    /**
     * The reports accepted between two instants, oldest first. Providers see their own services'
     * history; commissioners and brokers their council's; ADMIN all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VacancyRecord> history(String serviceId, Instant from, Instant to) {
        ServiceFacts service = services.facts(serviceId);
        Caller who = caller.get();
        boolean council = (who.is(Role.COMMISSIONER) || who.is(Role.BROKER)) && who.council().orElse("").equals(service.councilCode());
        if (!who.actsFor(service.providerId()) && !council) {
            throw new Forbidden("The history of a service's vacancies is for its provider and for its council's "
                    + "commissioners and brokers.");
        }
        return em.createNamedQuery("VacancyRecord.between", VacancyRecord.class)
                .setParameter("service", serviceId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /**
     * Every service's history rows reported at or after {@code since}, as plain figures (no report bodies): what the
     * sufficiency capability reads for monthly snapshots and trends, and keeps up to date by asking again for what
     * came since. Served by the index on the report time. No caller check (sufficiency checks who may read which
     * council's market).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OccupancyPoint> occupancyHistorySince(Instant since) {
        return em.createQuery("SELECT r.serviceId, r.version, r.reportedAt, r.capacity, r.available, r.held, r.closed "
                        + "FROM VacancyRecord r WHERE r.reportedAt >= :since", Object[].class)
                .setParameter("since", since).getResultList().stream()
                .map(r -> new OccupancyPoint((String) r[0], (Long) r[1], (Instant) r[2], (Integer) r[3], (Integer) r[4],
                        (Integer) r[5], (Integer) r[6])).toList();
    }

    /** The current reports of these services, by service id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, VacancyState> statesOf(List<String> serviceIds) {
        return writer.statesOf(serviceIds);
    }

    /** A council's registered services with their current reports (empty where none), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Current> inCouncil(String councilCode, Set<ServiceKind> kinds) {
        List<ServiceFacts> registered = services.registeredIn(councilCode, kinds);
        Map<String, VacancyState> states = statesOf(registered.stream().map(ServiceFacts::id).toList());
        return registered.stream().map(s -> new Current(s, Optional.ofNullable(states.get(s.id())))).toList();
    }

    /** A COMMISSIONER reads its own council; ADMIN any (or all). @return the council to read */
    public String councilFor(String requested) {
        return caller.councilFor(requested);
    }
}
