package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Versioned;
import org.caremarket.register.entity.Provider;
import org.caremarket.register.entity.ProviderDetails;

/** Registering and revising providers. */
@ApplicationScoped
@Transactional
public class Providers {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    public Provider register(ProviderDetails details) {
        Provider provider = new Provider(details, clock.instant());
        em.persist(provider);
        Writes.flush(em, () -> new DuplicateCqcId("provider", details.cqcProviderId()));
        audit.changed(caller.get(), "provider.create", "Provider", provider.id(), null, provider.snapshot());
        return provider;
    }

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<MarketChanged> changed;

    public Provider revise(String id, IfMatch expectedVersion, ProviderDetails details) {
        Provider provider = require(id);
        caller.requireActsFor(id, "provider.update", "Provider", id);
        Versioned.requireCurrent(expectedVersion, provider.version(), "provider");
        var before = provider.snapshot();
        provider.revise(details, clock.instant());
        Writes.flush(em, () -> new DuplicateCqcId("provider", details.cqcProviderId()));
        // the provider's name is part of what matching shows of each of its services
        em.createNativeQuery("UPDATE care_service SET market_changed_at = ? WHERE provider_id = ?")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate();
        changed.fire(new MarketChanged(null));
        audit.changed(caller.get(), "provider.update", "Provider", id, before, provider.snapshot());
        return provider;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Provider> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Provider.class, id));
    }

    /** Whether the register holds a provider with this id (another capability naming one, say). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String id) {
        return find(id).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Provider require(String id) {
        return find(id).orElseThrow(() -> new UnknownProvider(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long serviceCount(String providerId) {
        return em.createNamedQuery("CareService.countByProvider", Long.class)
                .setParameter("provider", providerId).getSingleResult();
    }

    /** Providers whose name contains {@code q} (any case), by name, one page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Provider> list(String q, int page, int size) {
        String pattern = q == null || q.isBlank() ? "%" : "%" + ServiceSearch.escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        long total = em.createQuery("SELECT COUNT(p) FROM Provider p WHERE LOWER(p.name) LIKE :q ESCAPE '\\'", Long.class)
                .setParameter("q", pattern).getSingleResult();
        List<Provider> items = em.createQuery(
                        "SELECT p FROM Provider p WHERE LOWER(p.name) LIKE :q ESCAPE '\\' ORDER BY p.name, p.id", Provider.class)
                .setParameter("q", pattern)
                .setFirstResult(Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE)))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, total);
    }

    private static final String LISTING = "SELECT p.id, p.name, p.ownership, p.cqcProviderId, p.companiesHouseNumber, "
            + "p.charityNumber, p.contact.phone, p.contact.email, p.contact.website, p.updatedAt FROM Provider p";

    /** What a public directory shows of every provider. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderListing> listings() {
        return listings(em.createQuery(LISTING, Object[].class));
    }

    /** What a public directory shows of these providers (those that exist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderListing> listings(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<ProviderListing> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(listings(em.createQuery(LISTING + " WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))));
        }
        return found;
    }

    private static List<ProviderListing> listings(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(r -> new ProviderListing((String) r[0], (String) r[1],
                (org.caremarket.register.entity.Ownership) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (java.time.Instant) r[9])).toList();
    }

    /** Used by services: the provider that will own a service, or a 400 naming the field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Provider owner(String providerId) {
        return find(providerId).orElseThrow(() -> org.caremarket.platform.entity.InvalidInput.of("providerId",
                "there is no provider with id " + providerId + "; register the provider first"));
    }

}
