package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceProfile;
import org.caremarket.register.control.UnknownService;

/**
 * Imports requests brokered before (R5.10): each request, its offers, their answers and its end are made by the
 * same entity methods a live request goes through, at their own past times, so a request that could not have
 * happened (an award of an offer never accepted, or expired; a close reason that does not fit) is refused as it
 * would be live. A past award took its capacity back then: it takes none now (the services' vacancy histories say
 * what they had). Not audited: no one acted here.
 */
@ApplicationScoped
public class PastRequests {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    CareServices services;

    /** @return the requests written, all or none */
    @Transactional
    public int importPast(List<PastRequest> requests) {
        Instant now = clock.instant();
        Map<String, ServiceProfile> profiles = services.profiles(requests.stream()
                        .flatMap(r -> r.offers().stream()).map(PastRequest.PastOffer::serviceId).distinct().toList())
                .stream().collect(Collectors.toMap(ServiceProfile::id, Function.identity()));
        int written = 0;
        for (int i = 0; i < requests.size(); i++) {
            write(requests.get(i), "requests[" + i + "]", profiles, now);
            if (++written % 200 == 0) {
                Writes.flush(em);
                em.clear();
            }
        }
        Writes.flush(em);
        em.clear();
        return written;
    }

    private void write(PastRequest r, String field, Map<String, ServiceProfile> profiles, Instant now) {
        Located place = geocoder.require(field + ".postcode", r.postcode());
        if (councils.socialCareCouncil(r.councilCode()).isEmpty()) {
            throw InvalidInput.of(field + ".councilCode", r.councilCode() + " is not an English council with social care duties");
        }
        if (r.createdAt().isAfter(now) || (r.outcome().at() != null && r.outcome().at().isAfter(now))) {
            throw InvalidInput.of(field + ".createdAt", "a past request happened before now");
        }
        CarePackage p = new CarePackage(r.needs(), new CarePackage.Place(place.postcode().toString(),
                place.postcode().district(), place.coordinate().latitude(), place.coordinate().longitude()), null,
                r.councilCode(), r.requestedBy(), r.requesterRole(), r.createdAt());
        em.persist(p);
        List<PastRequest.PastOffer> sent = r.offers().stream()
                .sorted(Comparator.comparing(PastRequest.PastOffer::sentAt)).toList();
        List<Offer> offers = new ArrayList<>();
        for (int j = 0; j < sent.size(); j++) {
            PastRequest.PastOffer o = sent.get(j);
            ServiceProfile service = profiles.get(o.serviceId());
            if (service == null) {
                throw new UnknownService(o.serviceId());
            }
            if (service.kind() != p.kind() || o.sentAt().isBefore(r.createdAt())) {
                throw InvalidInput.of(field + ".offers[" + j + "]", service.kind() != p.kind()
                        ? service.name() + " is " + service.kind() + "; the request is for " + p.kind()
                        : "an offer is sent after its request is made");
            }
            p.offered(o.sentAt());
            Offer offer = new Offer(p.id(), service.id(), service.providerId(), null, r.requestedBy(), o.sentAt(),
                    o.expiresAt());
            switch (o.answer()) {
                case ACCEPTED -> offer.accept(o.price().setScale(2, java.math.RoundingMode.HALF_UP), null, o.answeredAt());
                case DECLINED -> offer.decline(o.reason(), null, o.answeredAt());
                case NONE -> { }
            }
            em.persist(offer);
            offers.add(offer);
        }
        PastRequest.Outcome end = r.outcome();
        switch (end.status()) {
            case AWARDED -> {
                Offer chosen = offers.get(sent.indexOf(r.offers().get(end.awardedOffer())));
                chosen.award(end.at(), p.priceCap(), true); // a past award: its price was agreed then
                p.award(chosen.id(), end.at());
                chosen.awarded();
                offers.stream().filter(o -> o != chosen).forEach(o -> o.close(false, end.at()));
            }
            case UNSOURCED, CANCELLED -> {
                boolean cancel = end.status() == org.caremarket.brokerage.entity.PackageStatus.CANCELLED;
                if (cancel ? !end.reason().fitsCancelled() : !end.reason().fitsUnsourced()) {
                    throw InvalidInput.of(field + ".outcome.reason", end.reason() + " does not say why a request was "
                            + (cancel ? "cancelled" : "unsourced"));
                }
                if (cancel) {
                    p.cancel(end.reason(), end.note(), end.at());
                } else {
                    p.unsourced(end.reason(), end.note(), end.at());
                }
                offers.forEach(o -> o.close(cancel, end.at()));
            }
            case OPEN, OFFERED -> { }
        }
    }
}
