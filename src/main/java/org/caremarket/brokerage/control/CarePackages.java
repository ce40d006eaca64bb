package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.Criteria;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.Matching;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Providers;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.vacancy.control.Vacancies;

/**
 * Care-package requests: made by a council's broker or by a person for themselves, matched against the
 * market index, offered to providers, awarded (taking the capacity in the same transaction), cancelled
 * or closed as unsourced. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class CarePackages {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    CareServices services;

    @Inject
    Providers providers;

    @Inject
    Vacancies vacancies;

    @Inject
    MarketIndex index;

    @Inject
    Freshness freshness;

    @Inject
    MatchingSettings settings;

    /** What matching and reading rights need of a request never change once it is made. */
    private record Known(Criteria criteria, String requestedBy) {
    }

    /** Kept here (up to {@link #KNOWN_LIMIT}), so that repeated matching of one request touches no database. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private static final int KNOWN_LIMIT = 50_000;

    /** A request with its offers. */
    public record Detail(CarePackage carePackage, List<Offer> offers) {
    }

    /**
     * Makes a request; {@code problems} already found in the request's fields are reported with those
     * found here, in one 400.
     */
    public CarePackage request(CarePackage.Needs needs, String postcode, String familyPostcode, String councilCode,
                               List<FieldError> found) {
        Caller who = caller.require(Role.BROKER, Role.PERSON, Role.ADMIN);
        List<FieldError> problems = new ArrayList<>(found);
        Optional<Located> place = locate("postcode", postcode, problems);
        Optional<Located> family = familyPostcode == null ? Optional.empty() : locate("preferences.nearFamilyPostcode", familyPostcode, problems);
        String council = null;
        if (who.is(Role.BROKER)) {
            council = who.council().orElseThrow(() -> new Forbidden("This BROKER key acts for no council."));
            if (councilCode != null && !councilCode.equals(council)) {
                throw new Forbidden("This key brokers for council " + council + ", not " + councilCode + ".");
            }
        } else if (councilCode != null) {
            if (councils.socialCareCouncil(councilCode).isEmpty()) {
                problems.add(new FieldError("councilCode", councilCode + " is not an English council with social care duties"));
            } else if (who.is(Role.PERSON) && place.isPresent() && !geocoder.couldBeInCareOf(place.get(), councilCode)) {
                // a person's request belongs to the council responsible for where they live: it counts in that
                // council's figures and its brokers act on it, so a person cannot file it elsewhere
                String responsible = geocoder.councilFor(place.get());
                problems.add(new FieldError("councilCode", place.get().postcode() + " is in the care of "
                        + councils.byCode(responsible).map(c -> c.name() + " (" + c.code() + ")").orElse(responsible)
                        + ", not " + councilCode + ": a person's request belongs to the council responsible for their postcode"));
            }
            council = councilCode;
        } else if (place.isPresent()) {
            council = place.get().councilCode().flatMap(councils::socialCareCouncil).map(c -> c.code()).orElse(null);
            if (council == null) {
                problems.add(new FieldError("councilCode", "give the GSS code of the person's council: the postcode data "
                        + "loaded does not say which council " + place.get().postcode() + " is in"));
            }
        }
        if (who.is(Role.PERSON) && needs.funding() != Funding.DIRECT_PAYMENT && needs.funding() != Funding.SELF_FUNDED) {
            problems.add(new FieldError("funding", "a person arranging their own care pays by DIRECT_PAYMENT or is "
                    + "SELF_FUNDED; council-arranged and NHS-funded care is requested by a broker"));
        }
        if (needs.currentProviderId() != null && !providers.exists(needs.currentProviderId())) {
            problems.add(new FieldError("currentProviderId", "no provider has this id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CarePackage p = new CarePackage(needs, place(place.orElseThrow()), family.map(CarePackages::place).orElse(null),
                council, who.owner(), who.role().name(), clock.instant());
        em.persist(p);
        Writes.flush(em);
        audit.changed(who, "package.create", "CarePackage", p.id(), null, p.snapshot());
        return p;
    }

    private Optional<Located> locate(String field, String postcode, List<FieldError> problems) {
        try {
            return Optional.of(geocoder.require(field, postcode));
        } catch (InvalidInput e) {
            problems.addAll(e.errors());
            return Optional.empty();
        }
    }

    private static CarePackage.Place place(Located l) {
        return new CarePackage.Place(l.postcode().toString(), l.postcode().district(), l.coordinate().latitude(),
                l.coordinate().longitude());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Detail read(String id) {
        CarePackage p = require(id);
        requireMayRead(p);
        return new Detail(p, offersOf(id));
    }

    /**
     * The requests the caller may see, newest first: a council's (brokers, commissioners), one's own (a person), or all
     * (ADMIN). One page is read from the database, and the total is counted there.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CarePackage> list(String councilCode, Instant from, Instant to, int page, int size) {
        Caller who = caller.require(Role.BROKER, Role.COMMISSIONER, Role.PERSON, Role.ADMIN);
        java.util.Map<String, Object> parameters = new java.util.HashMap<>(java.util.Map.of("from", from, "to", to));
        String where = " WHERE p.createdAt >= :from AND p.createdAt < :to";
        if (who.is(Role.PERSON)) {
            where += " AND p.requestedBy = :key";
            parameters.put("key", who.owner());
        } else if (!who.is(Role.ADMIN) || councilCode != null) {
            String council = who.is(Role.ADMIN) ? councilCode : who.council().orElseThrow(() -> new Forbidden("This key acts for no council."));
            if (councilCode != null && !councilCode.equals(council)) {
                throw new Forbidden("This key acts for council " + council + ", not " + councilCode + ".");
            }
            where += " AND p.councilCode = :council";
            parameters.put("council", council);
        }
        var items = em.createQuery("SELECT p FROM CarePackage p" + where + " ORDER BY p.createdAt DESC, p.id", CarePackage.class);
        var total = em.createQuery("SELECT COUNT(p) FROM CarePackage p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<CarePackage> found = items.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .setMaxResults(size).getResultList();
        return new Page<>(found, page, size, total.getSingleResult());
    }

    /** The best services for a request, with reasons, and what was excluded and why. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Matching.Result matches(String id, int limit) {
        Known request = known.get(id);
        if (request == null) {
            CarePackage p = require(id);
            request = new Known(Criteria.of(p), p.requestedBy());
            if (known.size() >= KNOWN_LIMIT) {
                known.clear();
            }
            known.put(id, request);
        }
        requireMayRead(request.criteria().councilCode(), request.requestedBy());
        Criteria wanted = request.criteria();
        return Matching.match(wanted, index.ofKind(wanted.kind()).candidates(wanted), settings.weights(), clock.instant(),
                Duration.ofDays(freshness.staleAfterDays()), limit);
    }

    /** The distance limit of a request the caller has just matched. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public double maxDistanceKm(String id) {
        Known request = known.get(id);
        return request != null ? request.criteria().maxDistanceKm() : require(id).maxDistanceKm();
    }

    /**
     * Offers the request to these services (each once), for an answer within the given time (by default
     * the configured hours for its urgency).
     */
    public List<Offer> offer(String id, List<String> serviceIds, Duration respondWithin) {
        CarePackage p = require(id);
        requireMayBroker(p, "package.offer");
        Instant now = clock.instant();
        Duration validity = respondWithin != null ? respondWithin : settings.offerValidity(p.urgency());
        Map<String, Double> scores = new LinkedHashMap<>();
        Criteria wanted = Criteria.of(p);
        Matching.match(wanted, index.ofKind(p.kind()).candidates(wanted), settings.weights(), now,
                Duration.ofDays(freshness.staleAfterDays()), Integer.MAX_VALUE).matches()
                .forEach(m -> scores.put(m.supply().serviceId(), m.score()));
        List<FieldError> problems = new ArrayList<>();
        List<ServiceFacts> targets = new ArrayList<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(serviceIds));
        for (int i = 0; i < ids.size(); i++) {
            String field = "serviceIds[" + i + "]";
            Optional<ServiceFacts> service = factsOf(ids.get(i));
            if (service.isEmpty()) {
                problems.add(new FieldError(field, "no care service has this id"));
            } else if (service.get().kind() != p.kind()) {
                problems.add(new FieldError(field, service.get().name() + " is " + service.get().kind()
                        + "; the request is for " + p.kind()));
            } else if (service.get().status() != RegistrationStatus.REGISTERED) {
                problems.add(new FieldError(field, service.get().name() + " is " + service.get().status().name().toLowerCase()
                        + " and cannot take anyone on"));
            } else {
                targets.add(service.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var before = p.snapshot();
        p.offered(now);
        // a round of offers moves the request's version, so it cannot slip past an award or a close at the same moment
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<Offer> sent = new ArrayList<>();
        for (ServiceFacts service : targets) {
            Offer offer = new Offer(p.id(), service.id(), service.providerId(), scores.get(service.id()), caller.get().keyId(),
                    now, now.plus(validity));
            em.persist(offer);
            sent.add(offer);
        }
        Writes.flush(em, () -> new Conflict("/problems/already-offered", "Already offered",
                "At least one of these services already has an offer for this request; see its offers."),
                () -> Writes.concurrentUpdate("Care package " + id + " was changed by someone else while the offers were being sent; read it again."));
        audit.changed(caller.get(), "package.offer", "CarePackage", p.id(), before,
                Map.of("package", p.snapshot(), "offers", sent.stream().map(o -> o.snapshot(now)).toList()));
        return sent;
    }

    /**
     * Awards an accepted offer: in one transaction the chosen service's capacity is taken (one bed of the
     * type, or the homecare hours), the offer is awarded, the other open offers are closed and the
     * request is awarded. Of two awards racing for the last bed, or for one request, exactly one wins. An offer
     * accepted above the request's price cap is awarded only with {@code overCapConfirmed}, and the audit says so.
     */
    public Detail award(String id, String offerId, boolean overCapConfirmed) {
        CarePackage p = require(id);
        requireMayBroker(p, "package.award");
        Offer offer = offerOf(p, offerId, "offerId");
        Instant now = clock.instant();
        var before = p.snapshot();
        p.requireOpen("award");
        offer.award(now, p.priceCap(), overCapConfirmed);
        boolean overCap = offer.overPriceCap(p.priceCap());
        List<Offer> offers = offersOf(id);
        vacancies.take(offer.serviceId(), p.claim(), "care-package " + p.id());
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        p.award(offer.id(), now);
        offer.awarded();
        for (Offer other : offers) {
            if (!other.id().equals(offer.id())) {
                other.close(false, now);
            }
        }
        Writes.flush(em, null, () -> Writes.concurrentUpdate("Care package " + id + " was changed by someone else while it was being awarded; read it again."));
        Map<String, Object> after = new LinkedHashMap<>(p.snapshot());
        if (overCap) {
            after.put("awardedOverPriceCap", offer.price());
        }
        audit.changed(caller.get(), "package.award", "CarePackage", id, before, after);
        return new Detail(p, offers);
    }

    public Detail cancel(String id, CloseReason reason, String note) {
        return close(id, reason, note, true);
    }

    public Detail unsourced(String id, CloseReason reason, String note) {
        return close(id, reason, note, false);
    }

    private Detail close(String id, CloseReason reason, String note, boolean cancel) {
        CarePackage p = require(id);
        String action = cancel ? "package.cancel" : "package.unsourced";
        requireMayBroker(p, action);
        if (cancel ? !reason.fitsCancelled() : !reason.fitsUnsourced()) {
            throw InvalidInput.of("reason", reason + " is a reason to " + (cancel ? "close a request as unsourced, not to cancel it"
                    : "cancel a request, not to close it as unsourced"));
        }
        Instant now = clock.instant();
        var before = p.snapshot();
        List<Offer> offers = offersOf(id);
        if (cancel) {
            p.cancel(reason, note, now);
        } else {
            p.unsourced(reason, note, now);
        }
        offers.forEach(o -> o.close(true, now));
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Writes.flush(em, null, () -> Writes.concurrentUpdate("Care package " + id + " was changed by someone else at the same moment; read it again."));
        audit.changed(caller.get(), action, "CarePackage", id, before, p.snapshot());
        return new Detail(p, offers);
    }

    /** The broker withdraws one offer not yet awarded. */
    public Offer withdraw(String id, String offerId) {
        CarePackage p = require(id);
        requireMayBroker(p, "offer.withdraw");
        Offer offer = offerOf(p, offerId, "offerId");
        Instant now = clock.instant();
        var before = offer.snapshot(now);
        offer.withdraw(now);
        Writes.flush(em, null, () -> Writes.concurrentUpdate("Offer " + offerId + " was answered at the same moment; read it again."));
        audit.changed(caller.get(), "offer.withdraw", "Offer", offerId, before, offer.snapshot(now));
        return offer;
    }

    private Offer offerOf(CarePackage p, String offerId, String field) {
        Offer offer = offerId == null ? null : em.find(Offer.class, offerId);
        if (offer == null || !offer.packageId().equals(p.id())) {
            throw new NotFound("Care package " + p.id() + " has no offer " + offerId + ".");
        }
        return offer;
    }

    private Optional<ServiceFacts> factsOf(String serviceId) {
        try {
            return Optional.of(services.facts(serviceId));
        } catch (org.caremarket.register.control.UnknownService unknown) {
            return Optional.empty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> offersOf(String packageId) {
        return em.createNamedQuery("Offer.forPackage", Offer.class).setParameter("package", packageId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarePackage require(String id) {
        CarePackage p = id == null ? null : em.find(CarePackage.class, id);
        if (p == null) {
            throw new NotFound("No care package has id " + id + ".");
        }
        return p;
    }

    /** ADMIN; the council's brokers and commissioners; the person who asked. */
    void requireMayRead(CarePackage p) {
        requireMayRead(p.councilCode(), p.requestedBy());
    }

    private void requireMayRead(String council, String requestedBy) {
        Caller who = caller.require(Role.ADMIN, Role.BROKER, Role.COMMISSIONER, Role.PERSON);
        boolean ok = who.is(Role.ADMIN) || (who.is(Role.PERSON) ? who.owner().equals(requestedBy)
                : who.council().map(council::equals).orElse(false));
        if (!ok) {
            throw new Forbidden("This care package is for its council's brokers and commissioners and the person who asked.");
        }
    }

    /** ADMIN; the council's brokers; the person who asked. Refusals are audited. */
    private void requireMayBroker(CarePackage p, String action) {
        Caller who = caller.require(Role.ADMIN, Role.BROKER, Role.PERSON);
        boolean ok = who.is(Role.ADMIN) || (who.is(Role.PERSON) ? who.owner().equals(p.requestedBy())
                : who.council().map(p.councilCode()::equals).orElse(false));
        if (!ok) {
            audit.denied(who, action, "CarePackage", p.id());
            throw new Forbidden("Only the council's brokers (or the person who asked) act on this care package.");
        }
    }

}
