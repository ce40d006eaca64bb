package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.entity.Caller;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Contact;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Provider;
import org.caremarket.register.entity.ProviderDetails;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceDetails;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Siting;

/**
 * Keeps the register in step with CQC's: creates, revises and deregisters services and their providers as the
 * regulator's records say, in the caller's transaction, auditing each change as made by the key that started the
 * import. CQC is the authority on registration and ratings; a provider's own figures (capacity, e-mail) stay where
 * CQC's record says nothing.
 */
@ApplicationScoped
public class RegulatorRecords {

    /** When CQC lists several kinds of care at one location, the register keeps the first of these it lists. */
    private static final List<ServiceKind> PRECEDENCE = List.of(ServiceKind.CARE_HOME_NURSING,
            ServiceKind.CARE_HOME_RESIDENTIAL, ServiceKind.EXTRA_CARE, ServiceKind.SHARED_LIVES,
            ServiceKind.SUPPORTED_LIVING, ServiceKind.HOMECARE);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Councils councils;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MarketChanged> changed;

    /**
     * The one kind a location is kept as: the kind it has if CQC still lists it, otherwise the first CQC lists in
     * the order nursing home, residential home, extra care, Shared Lives, supported living, homecare.
     */
    public static ServiceKind kindFor(Set<ServiceKind> listed, ServiceKind current) {
        if (current != null && listed.contains(current)) {
            return current;
        }
        return PRECEDENCE.stream().filter(listed::contains).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kind of care the register holds"));
    }

    /**
     * Brings these locations into step, one result each in the same order. A location that cannot be held (a rule
     * of the register refuses it) throws, and the caller's transaction should be rolled back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reconciled> reconcile(Caller caller, List<RegulatedLocation> locations) {
        Instant now = clock.instant();
        Map<String, CareService> services = new HashMap<>();
        List<String> ids = locations.stream().map(RegulatedLocation::cqcLocationId).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT s FROM CareService s WHERE s.cqcLocationId IN :ids", CareService.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream().forEach(s -> services.put(s.cqcLocationId(), s));
        }
        Map<String, Provider> providers = providersById(locations);
        List<Reconciled> results = new ArrayList<>(locations.size());
        for (RegulatedLocation location : locations) {
            results.add(reconcile(caller, location, services.get(location.cqcLocationId()), providers, now));
        }
        em.flush();
        return results;
    }

    /** Marks these locations, missing from a full CQC file, as no longer registered. The records stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reconciled> deregister(Caller caller, Collection<String> cqcLocationIds) {
        Instant now = clock.instant();
        List<Reconciled> results = new ArrayList<>();
        List<String> ids = List.copyOf(cqcLocationIds);
        for (int from = 0; from < ids.size(); from += 500) {
            for (CareService s : em.createQuery("SELECT s FROM CareService s WHERE s.cqcLocationId IN :ids", CareService.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList()) {
                RegistrationStatus before = s.status();
                if (before == RegistrationStatus.DEREGISTERED) {
                    continue;
                }
                var snapshot = s.snapshot();
                s.deregister(now);
                audit.changed(caller, "service.deregister", "CareService", s.id(), snapshot, s.snapshot());
                changed.fire(new MarketChanged(s.id()));
                results.add(new Reconciled(s.cqcLocationId(), s.id(), Reconciled.Change.UPDATED, s.rating().overall(),
                        s.rating().overall(), before, s.status(), s.councilCode(), s.name(), false));
            }
        }
        em.flush();
        return results;
    }

    private Reconciled reconcile(Caller caller, RegulatedLocation location, CareService service,
                                 Map<String, Provider> providers, Instant now) {
        if (service == null && location.status() == RegistrationStatus.DEREGISTERED) {
            return new Reconciled(location.cqcLocationId(), null, Reconciled.Change.SKIPPED, null, null, null,
                    RegistrationStatus.DEREGISTERED, location.councilCode(), location.name(), false);
        }
        boolean[] providerCreated = {false};
        Provider provider = provider(caller, location, providers, now, providerCreated);
        Council council = councils.byCode(location.councilCode()).orElseThrow(() -> InvalidInput.of("localAuthority",
                location.councilCode() + " is not an English council"));
        Siting siting = new Siting(location.place().postcode(), location.place().coordinate(), council);
        ServiceKind kind = kindFor(location.kinds(), service == null ? null : service.kind());
        int capacity = location.capacity() != null ? location.capacity() : service == null ? 0 : service.capacity();
        Contact held = service == null ? new Contact(null, null, null) : service.contact();
        Contact contact = new Contact(location.phone() != null ? location.phone() : held.phone(), held.email(),
                location.website() != null ? location.website() : held.website());
        ServiceDetails details = new ServiceDetails(kind, location.cqcLocationId(), location.name(), location.address(),
                location.status(), location.rating(), location.specialisms(), capacity, contact);
        if (service == null) {
            CareService created = CareService.registeredByCqc(provider, details, siting, now);
            created.recordPastRatings(location.pastRatings());
            em.persist(created);
            audit.changed(caller, "service.create", "CareService", created.id(), null, created.snapshot());
            changed.fire(new MarketChanged(created.id()));
            return new Reconciled(location.cqcLocationId(), created.id(), Reconciled.Change.CREATED, null,
                    created.rating().overall(), null, created.status(), council.code(), created.name(), providerCreated[0]);
        }
        RatingValue ratingBefore = service.rating().overall();
        RegistrationStatus statusBefore = service.status();
        if (service.agreesWith(provider, details, siting)) {
            if (service.recordPastRatings(location.pastRatings()) == 0) {
                return new Reconciled(location.cqcLocationId(), service.id(), Reconciled.Change.UNCHANGED, ratingBefore,
                        ratingBefore, statusBefore, statusBefore, service.councilCode(), service.name(), providerCreated[0]);
            }
        } else {
            var before = service.snapshot();
            service.reviseFromCqc(provider, details, siting, now);
            service.recordPastRatings(location.pastRatings());
            audit.changed(caller, "service.update", "CareService", service.id(), before, service.snapshot());
        }
        changed.fire(new MarketChanged(service.id()));
        return new Reconciled(location.cqcLocationId(), service.id(), Reconciled.Change.UPDATED, ratingBefore, service.rating().overall(), statusBefore, service.status(), service.councilCode(),
                service.name(), providerCreated[0]);
    }

    /** The location's provider: by CQC provider id, or by exact name when CQC gives no id; created when new. */
    private Provider provider(Caller caller, RegulatedLocation location, Map<String, Provider> providers, Instant now,
                              boolean[] created) {
        String key = location.cqcProviderId() != null ? location.cqcProviderId() : "name:" + location.providerName();
        Provider provider = providers.get(key);
        if (provider == null && location.cqcProviderId() == null) {
            if (location.providerName() == null) {
                throw InvalidInput.of("providerId", "a location needs its provider's CQC id or name");
            }
            provider = em.createQuery("SELECT p FROM Provider p WHERE p.name = :name ORDER BY p.createdAt", Provider.class)
                    .setParameter("name", location.providerName().strip()).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        }
        if (provider == null) {
            String name = location.providerName() != null ? location.providerName()
                    : "CQC provider " + location.cqcProviderId();
            provider = new Provider(new ProviderDetails(name, location.cqcProviderId(),
                    location.ownership() == null ? Ownership.PRIVATE : location.ownership(), null, null, null), now);
            em.persist(provider);
            audit.changed(caller, "provider.create", "Provider", provider.id(), null, provider.snapshot());
            created[0] = true;
        } else if (location.providerName() != null && !provider.name().equals(location.providerName().strip())) {
            var before = provider.snapshot();
            provider.revise(new ProviderDetails(location.providerName(), provider.cqcProviderId(), provider.ownership(),
                    provider.companiesHouseNumber(), provider.charityNumber(), provider.contact()), now);
            audit.changed(caller, "provider.update", "Provider", provider.id(), before, provider.snapshot());
        }
        providers.put(key, provider);
        return provider;
    }

    /** Which of these CQC provider ids the register holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> knownProviders(Collection<String> cqcProviderIds) {
        List<String> ids = List.copyOf(cqcProviderIds);
        Set<String> known = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            known.addAll(em.createQuery("SELECT p.cqcProviderId FROM Provider p WHERE p.cqcProviderId IN :ids", String.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList());
        }
        return known;
    }

    private Map<String, Provider> providersById(List<RegulatedLocation> locations) {
        List<String> ids = locations.stream().map(RegulatedLocation::cqcProviderId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<String, Provider> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT p FROM Provider p WHERE p.cqcProviderId IN :ids", Provider.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream().forEach(p -> found.put(p.cqcProviderId(), p));
        }
        return found;
    }
}
