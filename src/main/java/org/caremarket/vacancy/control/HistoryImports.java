package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceProfile;
import org.caremarket.register.control.UnknownService;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.vacancy.entity.VacancyRecord;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;

/**
 * Imports services' back-dated report histories (R4.12): a service that reported elsewhere before — or the demo
 * market's year — gets its past reports as history rows at their own times, and its current report is the newest
 * of them, at the version the history reached. Vacancy stays the only writer of history: this checks each report
 * against the service as a report sent now would be, and imports only into a service that has no report yet.
 */
@ApplicationScoped
public class HistoryImports {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CareServices services;

    @Inject
    ReportWriter writer;

    /** One service's history. */
    @Transactional
    public int importHistory(ReportHistory history) {
        return importHistories(List.of(history));
    }

    /**
     * Several services' histories, in one transaction: all or nothing. An unknown service is a 404; a service that
     * has reported already is a 409 (its history is its own); reports out of order, in the future or that do not
     * fit the service are a 400 naming each; a service not registered now cannot have something available in its
     * newest report (409).
     *
     * @return history rows written
     */
    @Transactional
    public int importHistories(List<ReportHistory> histories) {
        Instant now = clock.instant();
        List<String> ids = histories.stream().map(ReportHistory::serviceId).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw InvalidInput.of("serviceId", "each service's history comes once in an import");
        }
        Map<String, ServiceProfile> profiles = services.profiles(ids).stream()
                .collect(Collectors.toMap(ServiceProfile::id, Function.identity()));
        Map<String, VacancyState> reported = writer.statesOf(ids);
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            ReportHistory history = histories.get(i);
            ServiceProfile service = profiles.get(history.serviceId());
            if (service == null) {
                throw new UnknownService(history.serviceId());
            }
            if (reported.containsKey(history.serviceId())) {
                throw new Conflict("/problems/history-exists", "The service has reported already",
                        service.name() + " has reports of its own here; a history is imported only before the first.");
            }
            check(history, service, "histories[" + i + "]", now, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // the services' summaries first, as a report writes them (writers of one service queue on its register row)
        Map<String, Availability> newest = new LinkedHashMap<>();
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (ReportHistory history : histories) {
            ReportHistory.Dated last = history.reports().get(history.reports().size() - 1);
            VacancyReport report = last.report();
            newest.put(history.serviceId(), new Availability(report.available(), report.availableTypes(),
                    report.accepting(), last.reportedAt()));
            byLength.computeIfAbsent(history.reports().size(), n -> new ArrayList<>()).add(history.serviceId());
        }
        services.recordAvailabilities(newest, Map.of(), now);
        for (ReportHistory history : histories) {
            ReportHistory.Dated last = history.reports().get(history.reports().size() - 1);
            em.persist(new VacancyState(history.serviceId(), last.report(), last.reportedAt(), null));
        }
        em.flush();
        // the current report is at the version its history reached, so that the next report follows the newest row
        byLength.forEach((length, serviceIds) -> {
            for (int from = 0; from < serviceIds.size(); from += 500) {
                em.createQuery("UPDATE VacancyState v SET v.version = :version WHERE v.serviceId IN :ids")
                        .setParameter("version", (long) length)
                        .setParameter("ids", serviceIds.subList(from, Math.min(serviceIds.size(), from + 500)))
                        .executeUpdate();
            }
        });
        em.clear();
        int rows = 0;
        for (ReportHistory history : histories) {
            int capacity = profiles.get(history.serviceId()).capacity();
            List<ReportHistory.Dated> reports = history.reports();
            for (int v = 0; v < reports.size(); v++) {
                em.persist(VacancyRecord.imported(history.serviceId(), v + 1, reports.get(v).reportedAt(), capacity,
                        reports.get(v).report()));
                if (++rows % 1000 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        em.flush();
        em.clear();
        return rows;
    }

    private void check(ReportHistory history, ServiceProfile service, String at, Instant now, List<FieldError> problems) {
        List<ReportHistory.Dated> reports = history.reports();
        if (reports == null || reports.isEmpty()) {
            problems.add(new FieldError(at + ".reports", "a history has at least one report"));
            return;
        }
        Instant previous = null;
        for (int j = 0; j < reports.size(); j++) {
            String field = at + ".reports[" + j + "]";
            ReportHistory.Dated dated = reports.get(j);
            if (dated.reportedAt().isAfter(now)) {
                problems.add(new FieldError(field + ".reportedAt", "a past report cannot be dated in the future"));
            }
            if (previous != null && !dated.reportedAt().isAfter(previous)) {
                problems.add(new FieldError(field + ".reportedAt", "reports come oldest first, each after the one before"));
            }
            previous = dated.reportedAt();
            for (FieldError e : writer.problemsOf(dated.report(), service.kind(), service.capacity())) {
                problems.add(new FieldError(field + "." + e.field(), e.message()));
            }
        }
        VacancyReport newest = reports.get(reports.size() - 1).report();
        if (service.status() != RegistrationStatus.REGISTERED && newest.available() > 0) {
            throw new Conflict("/problems/service-not-registered", "The service cannot take new capacity",
                    "Service " + service.id() + " is " + service.status().name().toLowerCase()
                            + ": its newest report can say nothing is available.");
        }
    }
}
