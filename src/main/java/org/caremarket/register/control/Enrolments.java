package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Provider;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.Siting;

/**
 * Enters many providers and their services into the register at once, for loads that no one sends
 * through the API (the demo market): the same entities and rules as one registration, without a
 * caller to check or audit, flushed in batches so that an England-sized market fits in memory.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    /** How many providers the register holds: a load into a register that has some is usually a mistake. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long providerCount() {
        return em.createNamedQuery("Provider.count", Long.class).getSingleResult();
    }

    /**
     * Registers each provider and its services in one transaction, every service with its earlier ratings applied
     * first so that its rating history is real history. A duplicate CQC id is a 409 and writes nothing.
     *
     * @return the ids given, one per enrolment in the same order
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Enrolment.Enrolled> enrol(List<Enrolment> enrolments) {
        Instant now = clock.instant();
        List<Enrolment.Enrolled> enrolled = new ArrayList<>(enrolments.size());
        int written = 0;
        for (Enrolment enrolment : enrolments) {
            Provider provider = new Provider(enrolment.provider(), now);
            em.persist(provider);
            List<String> ids = new ArrayList<>(enrolment.services().size());
            for (Enrolment.Service service : enrolment.services()) {
                CareService created = build(provider, service, now);
                em.persist(created);
                ids.add(created.id());
            }
            enrolled.add(new Enrolment.Enrolled(provider.id(), List.copyOf(ids)));
            if (++written % 200 == 0) {
                Writes.flush(em, Enrolments::duplicate);
                em.clear();
            }
        }
        Writes.flush(em, Enrolments::duplicate);
        return enrolled;
    }

    private static Conflict duplicate() {
        return new Conflict("/problems/duplicate-cqc-id", "Already registered", "A provider or care service in this "
                + "load has a CQC id the register already holds; nothing of the load was written.");
    }

    private CareService build(Provider provider, Enrolment.Service service, Instant now) {
        Council council = councils.byCode(service.councilCode()).orElseThrow(() -> InvalidInput.of("councilCode",
                service.councilCode() + " is not the GSS code of an English council"));
        Siting siting = service.postcode() != null
                ? new Siting(service.postcode(), geocoder.locate(service.postcode()).orElseThrow(() -> InvalidInput.of(
                        "postcode", service.postcode() + " is not in the loaded postcode data")).coordinate(), council)
                : Siting.atDistrict(service.district(), geocoder.district(service.district()).orElseThrow(() ->
                        InvalidInput.of("district", service.district() + " is not a known postcode district")), council);
        ServiceDetails details = service.details();
        List<Rating> ratings = new ArrayList<>(service.earlierRatings());
        ratings.add(details.rating());
        CareService created = new CareService(provider, withRating(details, ratings.get(0)), siting, now);
        for (Rating rating : ratings.subList(1, ratings.size())) {
            created.revise(provider, withRating(details, rating), siting, now);
        }
        return created;
    }

    private static ServiceDetails withRating(ServiceDetails d, Rating rating) {
        return new ServiceDetails(d.kind(), d.cqcLocationId(), d.name(), d.address(), d.status(), rating,
                d.specialisms(), d.capacity(), d.contact());
    }
}
