package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.control.Vacancies;
import org.caremarket.vacancy.entity.VacancyReport;
import org.caremarket.vacancy.entity.VacancyState;

/**
 * What a provider's staff see and do on the pages: their services with how old each one's vacancy report is (the
 * out-of-date ones first, with the date the next report is due), and a service's report replaced through the same
 * control the API uses ({@code Vacancies.replace}): the same checks, the same If-Match protection, the same audit.
 */
@ApplicationScoped
public class ProviderDesk {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** One of a provider's services and its report's age; {@code reportBy} is when the next report is due. */
    public record ServiceReport(String id, String name, ServiceKind kind, Instant reportedAt, Long ageDays, boolean stale,
                                LocalDate reportBy, Integer available) {
    }

    @Inject
    CareServices services;

    @Inject
    Vacancies vacancies;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    /** The caller's provider's registered services, those whose report is missing or out of date first, oldest first. */
    public List<ServiceReport> services(Caller caller) {
        if (caller.providerId() == null) {
            return List.of();
        }
        List<ServiceFacts> facts = services.registeredOf(caller.providerId());
        Map<String, VacancyState> states = vacancies.statesOf(facts.stream().map(ServiceFacts::id).toList());
        Instant now = clock.instant();
        return facts.stream().map(f -> {
            VacancyState state = states.get(f.id());
            Instant at = state == null ? null : state.reportedAt();
            LocalDate due = at == null ? LocalDate.now(clock.withZone(UK))
                    : at.plus(Duration.ofDays(freshness.staleAfterDays())).atZone(UK).toLocalDate();
            return new ServiceReport(f.id(), f.name(), f.kind(), at, at == null ? null : Duration.between(at, now).toDays(),
                    freshness.isStale(at), due, state == null ? null : state.report().available());
        }).sorted(Comparator.comparing(ServiceReport::stale).reversed()
                .thenComparing(ServiceReport::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ServiceReport::name)).toList();
    }

    /** A service's current report and its version (0 before the first), for the form. */
    public Vacancies.Current current(String serviceId) {
        return vacancies.current(serviceId);
    }

    /** Replaces the report if {@code version} is still the current one (412 otherwise), as the caller. */
    public Vacancies.Current replace(String serviceId, long version, VacancyReport report) {
        return vacancies.replace(serviceId, IfMatch.versions(version), report);
    }
}
