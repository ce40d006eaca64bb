package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.brokerage.entity.OfferStatus;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.NotFound;

/** Offers as providers see and answer them. */
@ApplicationScoped
@Transactional
public class Offers {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    /** The service's provider now answers its offers (a service can move to another provider). */
    @Inject
    org.caremarket.register.control.CareServices services;

    /** An offer with its request. */
    public record Detail(Offer offer, CarePackage carePackage) {
    }

    /** A provider's offers, newest first, optionally of one status (as it stands now, expiry included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Detail> forProvider(String providerId, OfferStatus status, int page, int size) {
        Caller who = caller.require(Role.PROVIDER, Role.ADMIN);
        String provider = who.is(Role.PROVIDER) ? who.providerId() : providerId;
        if (who.is(Role.PROVIDER) && providerId != null && !providerId.equals(provider)) {
            throw new Forbidden("This key acts for provider " + provider + ", not " + providerId + ".");
        }
        if (provider == null) {
            throw org.caremarket.platform.entity.InvalidInput.of("providerId", "an ADMIN says which provider's offers to list");
        }
        Instant now = clock.instant();
        List<Offer> offers = em.createNamedQuery("Offer.forProvider", Offer.class).setParameter("provider", provider)
                .getResultList().stream().filter(o -> status == null || o.status(now) == status).toList();
        int start = (int) Math.min(offers.size(), (long) page * size);
        List<Offer> slice = offers.subList(start, Math.min(offers.size(), start + size));
        Map<String, CarePackage> packages = slice.isEmpty() ? Map.of()
                : em.createQuery("SELECT p FROM CarePackage p WHERE p.id IN :ids", CarePackage.class)
                        .setParameter("ids", slice.stream().map(Offer::packageId).distinct().toList()).getResultList()
                        .stream().collect(Collectors.toMap(CarePackage::id, Function.identity()));
        return new Page<>(slice.stream().map(o -> new Detail(o, packages.get(o.packageId()))).toList(), page, size,
                offers.size());
    }

    /** One offer: for its provider, and for those who may read its request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Detail read(String offerId) {
        Offer offer = require(offerId);
        CarePackage p = em.find(CarePackage.class, offer.packageId());
        Caller who = caller.require(Role.PROVIDER, Role.ADMIN, Role.BROKER, Role.COMMISSIONER, Role.PERSON);
        boolean ok = who.actsFor(offer.providerId())
                || (who.is(Role.PERSON) ? who.owner().equals(p.requestedBy())
                : !who.is(Role.PROVIDER) && who.council().map(p.councilCode()::equals).orElse(false));
        if (!ok) {
            throw new Forbidden("An offer is for its provider and for those who may read its care package.");
        }
        return new Detail(offer, p);
    }

    public Detail accept(String offerId, BigDecimal price, String note) {
        Offer offer = require(offerId);
        caller.requireActsFor(services.facts(offer.serviceId()).providerId(), "offer.accept", "Offer", offerId);
        Instant now = clock.instant();
        CarePackage p = em.find(CarePackage.class, offer.packageId());
        p.requireOpen("accept offers for");
        var before = offer.snapshot(now);
        offer.accept(price.setScale(2, java.math.RoundingMode.HALF_UP), note, now);
        return answered(offer, p, before, "offer.accept", now);
    }

    public Detail decline(String offerId, DeclineReason reason, String note) {
        Offer offer = require(offerId);
        caller.requireActsFor(services.facts(offer.serviceId()).providerId(), "offer.decline", "Offer", offerId);
        Instant now = clock.instant();
        var before = offer.snapshot(now);
        offer.decline(reason, note, now);
        return answered(offer, em.find(CarePackage.class, offer.packageId()), before, "offer.decline", now);
    }

    private Detail answered(Offer offer, CarePackage p, Map<String, Object> before, String action, Instant now) {
        Writes.flush(em, null, () -> Writes.concurrentUpdate("Offer " + offer.id() + " changed at the same moment (answered, withdrawn or awarded); read it again."));
        audit.changed(caller.get(), action, "Offer", offer.id(), before, offer.snapshot(now));
        return new Detail(offer, p);
    }

    private Offer require(String offerId) {
        Offer offer = offerId == null ? null : em.find(Offer.class, offerId);
        if (offer == null) {
            throw new NotFound("No offer has id " + offerId + ".");
        }
        return offer;
    }
}
