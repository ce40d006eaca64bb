package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caremarket.platform.entity.IfMatch;
import java.util.Set;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.PreconditionFailed;
import org.caremarket.platform.entity.PreconditionRequired;
import org.caremarket.platform.entity.Versioned;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;

/**
 * Writes batches of replaced vacancy reports, each batch in one transaction (see {@link Vacancies#replace}).
 * A report is first {@link #admit admitted} in its request's own thread — who asks, whether they sent an
 * If-Match, the report against the service — so that only the version it read is left to check in the batch,
 * and a refused one never holds back the others.
 */
@ApplicationScoped
public class ReportWriter {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CareServices services;

    @Inject
    Geocoder geocoder;

    /** One request's report: what to write and, once its batch is written, the outcome. */
    static final class Replacement {
        final Caller caller;
        final ServiceFacts service;
        final String serviceId;
        final IfMatch expectedVersion;
        final VacancyReport report;
        private Vacancies.Current result;
        private RuntimeException failure;
        private boolean factsMoved;

        Replacement(Caller caller, ServiceFacts service, IfMatch expectedVersion, VacancyReport report) {
            this.caller = caller;
            this.service = service;
            this.serviceId = service.id();
            this.expectedVersion = expectedVersion;
            this.report = report;
        }

        void succeed(Vacancies.Current result) {
            this.result = result;
            this.failure = null;
            this.factsMoved = false;
        }

        void fail(RuntimeException failure) {
            this.result = null;
            this.failure = failure;
            this.factsMoved = false;
        }

        /** The service's record changed after the facts this report was admitted against were read: nothing written. */
        void factsMoved() {
            this.result = null;
            this.failure = null;
            this.factsMoved = true;
        }

        /** True when this report must be admitted again, against the service's facts read anew. */
        boolean admitAgain() {
            return factsMoved;
        }

        Vacancies.Current outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /**
     * Everything that can refuse a report before it is written, except the version it read (which only the
     * batch can know): the key acts for the service's provider (401/403), an If-Match was sent (428), the report
     * fits the service (400), and the service may take capacity (409). Reads nothing but the geography.
     */
    void admit(Replacement r) {
        DomainFailure refusal = CurrentCaller.refusal(r.caller, r.service.providerId());
        if (refusal != null) {
            throw refusal;
        }
        if (!r.expectedVersion.present()) {
            throw new PreconditionRequired();
        }
        List<FieldError> problems = problemsOf(r.report, r.service.kind(), r.service.capacity());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (r.service.status() != RegistrationStatus.REGISTERED && r.report.available() > 0) {
            throw new Conflict("/problems/service-not-registered", "The service cannot take new capacity",
                    "Service " + r.serviceId + " is " + r.service.status().name().toLowerCase()
                            + ": it can report nothing available.");
        }
    }

    /** What is wrong with a report for a service of this kind and capacity, its districts checked against geo's. */
    List<FieldError> problemsOf(VacancyReport report, ServiceKind kind, int capacity) {
        return report.problems(kind, capacity, district -> district != null && geocoder.district(district).isPresent());
    }

    /**
     * Writes the admitted reports of a batch in one transaction: one query to read their current reports, then
     * per report the service's search summary, the report, and a history row that is also its audit entry. A
     * report whose If-Match is no longer the current version is refused (412) in its replacement, and so is a
     * second report for the same service in one batch (the version it read is gone). The summary is written only
     * if the service's record is still at the version of the facts the report was admitted against; where it has
     * moved on, nothing of that service is written and its reports are marked to be {@link Replacement#admitAgain
     * admitted again}. Throws, and writes nothing, when the database turns the batch away (a report changed by an
     * award meanwhile, a deadlock, an outage).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<Replacement> batch) {
        Map<String, VacancyState> states = statesOf(batch.stream().map(r -> r.serviceId).distinct().toList());
        Set<String> replaced = new HashSet<>();
        List<Replacement> accepted = new ArrayList<>();
        for (Replacement r : batch) {
            VacancyState state = states.get(r.serviceId);
            long current = state == null ? 0 : state.version();
            try {
                Versioned.requireCurrent(r.expectedVersion, replaced.contains(r.serviceId) ? current + 1 : current,
                        "vacancy report");
                replaced.add(r.serviceId);
                accepted.add(r);
            } catch (DomainFailure refused) {
                r.fail(refused);
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // Services' rows are written first, so that concurrent writers of one service's vacancies (awards, bulk
        // uploads) queue on them: taken later, after the foreign-key checks of the vacancy rows, two can deadlock.
        Map<String, Availability> availability = new java.util.LinkedHashMap<>();
        Map<String, Long> relyingOn = new HashMap<>();
        for (Replacement r : accepted) {
            availability.put(r.serviceId, new Availability(r.report.available(), r.report.availableTypes(),
                    r.report.accepting(), now));
            relyingOn.merge(r.serviceId, r.service.version(), Math::min);
        }
        Set<String> moved = services.recordAvailabilities(availability, relyingOn, now);
        if (!moved.isEmpty()) {
            // every report of those services, including a second one refused above, is admitted again afresh
            batch.stream().filter(r -> moved.contains(r.serviceId)).forEach(Replacement::factsMoved);
            accepted.removeIf(r -> moved.contains(r.serviceId));
        }
        for (Replacement r : accepted) {
            VacancyState state = states.get(r.serviceId);
            if (state == null) {
                state = new VacancyState(r.serviceId, r.report, now, r.caller.keyId());
                em.persist(state);
                states.put(r.serviceId, state);
            } else {
                state.replace(r.report, now, r.caller.keyId());
            }
        }
        Writes.flush(em, () -> new PreconditionFailed("Another report for this service was accepted at the same moment; "
                + "read it again (GET) and send its ETag."));
        for (Replacement r : accepted) {
            VacancyState state = states.get(r.serviceId);
            // The history row is also the change's audit entry (ReportAudit): the report is not written twice.
            em.persist(new VacancyRecord(state, r.service.capacity(), state.snapshotJson(), r.caller));
            r.succeed(new Vacancies.Current(r.service, Optional.of(state)));
        }
    }

    /** The current reports of these services, by service id: one query per 500 (for {@link Vacancies#statesOf}). */
    public Map<String, VacancyState> statesOf(List<String> ids) {
        Map<String, VacancyState> states = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createNamedQuery("VacancyState.forServices", VacancyState.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream().forEach(s -> states.put(s.serviceId(), s));
        }
        return states;
    }
}
