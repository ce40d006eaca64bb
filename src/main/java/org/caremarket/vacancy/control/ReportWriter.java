package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.util.OptionalLong;
import java.util.Set;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.PreconditionFailed;
import org.caremarket.platform.entity.Versioned;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.register.control.UnknownService;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;

/**
 * Writes batches of replaced vacancy reports, each batch in one transaction (see {@link Vacancies#replace}):
 * every report is checked as if it were alone — who asks, the version they read, the report against the
 * service — and a refused one is left out without holding back the others.
 */
@ApplicationScoped
public class ReportWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CareServices services;

    @Inject
    AuditTrail audit;

    @Inject
    Geocoder geocoder;

    /** One request's report: what to write and, once its batch is written, the outcome. */
    static final class Replacement {
        final Caller caller;
        final String serviceId;
        final OptionalLong expectedVersion;
        final VacancyReport report;
        private Vacancies.Current result;
        private RuntimeException failure;

        Replacement(Caller caller, String serviceId, OptionalLong expectedVersion, VacancyReport report) {
            this.caller = caller;
            this.serviceId = serviceId;
            this.expectedVersion = expectedVersion;
            this.report = report;
        }

        void succeed(Vacancies.Current result) {
            this.result = result;
            this.failure = null;
        }

        void fail(RuntimeException failure) {
            this.result = null;
            this.failure = failure;
        }

        /** A refusal for another provider's service, audited once the outcome is final. */
        boolean denied() {
            return failure instanceof Forbidden;
        }

        Vacancies.Current outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /**
     * Writes the accepted reports of a batch in one transaction: three queries to read the services and their
     * current reports, then per report the service's search summary, the report, a history row and an audit
     * entry. Refusals are recorded in their replacement. Throws, and writes nothing, when the database turns
     * the batch away (a report changed by an award meanwhile, a deadlock, an outage).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(List<Replacement> batch) {
        Map<String, ServiceFacts> facts = services.factsOf(batch.stream().map(r -> r.serviceId).toList());
        Map<String, VacancyState> states = statesOf(List.copyOf(facts.keySet()));
        Set<String> replaced = new HashSet<>();
        List<Replacement> accepted = new ArrayList<>();
        for (Replacement r : batch) {
            try {
                check(r, facts.get(r.serviceId), states.get(r.serviceId), replaced.contains(r.serviceId));
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
        for (Replacement r : accepted) {
            availability.put(r.serviceId, new Availability(r.report.available(), r.report.availableTypes(),
                    r.report.accepting(), now));
        }
        services.recordAvailabilities(availability, now);
        Map<String, String> before = new HashMap<>();
        for (Replacement r : accepted) {
            VacancyState state = states.get(r.serviceId);
            if (state == null) {
                state = new VacancyState(r.serviceId, r.report, now, r.caller.keyId());
                em.persist(state);
                states.put(r.serviceId, state);
            } else {
                before.put(r.serviceId, JSON.toJson(state.snapshot()));
                state.replace(r.report, now, r.caller.keyId());
            }
        }
        Writes.flush(em, () -> new PreconditionFailed("Another report for this service was accepted at the same moment; "
                + "read it again (GET) and send its ETag."));
        for (Replacement r : accepted) {
            ServiceFacts service = facts.get(r.serviceId);
            VacancyState state = states.get(r.serviceId);
            String after = JSON.toJson(state.snapshot());
            em.persist(new VacancyRecord(state, service.capacity(), after));
            audit.changedJson(r.caller, "vacancy.replace", "CareService", r.serviceId, before.get(r.serviceId), after);
            r.succeed(new Vacancies.Current(service, Optional.of(state)));
        }
    }

    /**
     * Everything that can refuse a report, before anything is written.
     *
     * @param replacedInBatch whether an earlier report of this batch replaced the service's report: this one
     *                        then read a version that is already gone
     */
    private void check(Replacement r, ServiceFacts service, VacancyState state, boolean replacedInBatch) {
        if (service == null) {
            throw new UnknownService(r.serviceId);
        }
        DomainFailure refusal = CurrentCaller.refusal(r.caller, service.providerId());
        if (refusal != null) {
            throw refusal;
        }
        long current = state == null ? 0 : state.version();
        Versioned.requireCurrent(r.expectedVersion, replacedInBatch ? current + 1 : current, "vacancy report");
        List<FieldError> problems = r.report.problems(service.kind(), service.capacity(),
                district -> district != null && geocoder.district(district).isPresent());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (service.status() != RegistrationStatus.REGISTERED && r.report.available() > 0) {
            throw new Conflict("/problems/service-not-registered", "The service cannot take new capacity",
                    "Service " + r.serviceId + " is " + service.status().name().toLowerCase()
                            + ": it can report nothing available.");
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
