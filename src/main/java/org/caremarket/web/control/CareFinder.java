package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caremarket.platform.control.Page;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.ServiceFilter;
import org.caremarket.register.control.ServiceSearch;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RegistrationStatus;

/**
 * The "Find care" pages' questions, answered by the register's directory search and records: the same search the API
 * runs ({@code GET /api/services}), so a page and a client never disagree about what is near or free.
 */
@ApplicationScoped
public class CareFinder {

    @Inject
    ServiceSearch search;

    @Inject
    CareServices services;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    public Page<ServiceSummary> search(CareSearch asked) {
        ServiceFilter filter = new ServiceFilter(asked.kind() == null ? Set.of() : EnumSet.of(asked.kind()), null, null,
                asked.place().coordinate(), asked.distanceKm(), asked.minRating(), asked.specialisms(), null,
                EnumSet.of(RegistrationStatus.REGISTERED), asked.vacancyNow() ? Boolean.TRUE : null, null, null,
                ServiceFilter.Sort.DISTANCE, asked.page(), CareSearch.PAGE_SIZE);
        return search.search(filter).map(found -> summary(found.service(), found.distanceKm()));
    }

    /** A service's page; empty for an id the register does not know. */
    public Optional<ServiceDetail> service(String id) {
        return services.find(id).map(s -> {
            var contact = s.contact();
            return new ServiceDetail(summary(s, null), s.cqcLocationId(), s.councilName(), s.status(), ratings(s.rating(), null),
                    s.ratingHistory().stream().map(p -> ratings(p.rating(), p.replacedAt())).toList(),
                    s.specialisms(), s.capacity(), s.kind().capacityUnit(),
                    contact == null ? null : contact.phone(), contact == null ? null : contact.email(),
                    contact == null ? null : contact.website());
        });
    }

    private ServiceSummary summary(CareService s, Double distanceKm) {
        String address = java.util.stream.Stream.of(s.address().line1(), s.address().line2(), s.address().town(), s.postcode())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        return new ServiceSummary(s.id(), s.name(), s.provider().name(), s.kind(), address, distanceKm, s.rating().overall(),
                s.rating().reportDate(), vacancy(s));
    }

    private VacancyStatus vacancy(CareService s) {
        return s.availability().map(a -> new VacancyStatus(a.available(), s.kind().capacityUnit(),
                        a.types() == null ? List.of() : a.types().stream().sorted().toList(), a.accepting(), a.reportedAt(),
                        Math.max(0, Duration.between(a.reportedAt(), clock.instant()).toDays()), freshness.isStale(a.reportedAt())))
                .orElse(new VacancyStatus(null, s.kind().capacityUnit(), List.of(), null, null, null, true));
    }

    private static Ratings ratings(Rating r, java.time.Instant replacedAt) {
        return new Ratings(r.overall(), r.safe(), r.effective(), r.caring(), r.responsive(), r.wellLed(), r.reportDate(),
                replacedAt);
    }
}
