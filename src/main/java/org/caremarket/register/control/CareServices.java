package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Role;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Located;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Versioned;
import org.caremarket.register.entity.Availability;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.Specialism;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Siting;

/** Registering, revising and deregistering care services. */
@ApplicationScoped
@Transactional
public class CareServices {

    /** Two primary-key lookups rather than a join, whose plan Derby may get wrong on freshly loaded tables. */
    private static final String FACTS = "SELECT s.id, s.providerId, s.kind, s.capacity, s.status, s.councilCode, "
            + "s.councilName, s.cqcLocationId, s.name, s.postcode, s.version FROM CareService s WHERE s.id = :id";
    private static final String PROVIDER_NAME = "SELECT p.name FROM Provider p WHERE p.id = :id";

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Providers providers;

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<MarketChanged> changed;

    public CareService register(ServiceRegistration registration) {
        caller.requireActsFor(registration.providerId(), "service.create", "Provider", registration.providerId());
        requireMaySetRating(registration, Rating.notYetRated(), "service.create", registration.providerId());
        CareService service = new CareService(providers.owner(registration.providerId()), registration.details(),
                site(registration), clock.instant());
        em.persist(service);
        Writes.flush(em, () -> new DuplicateCqcId("care service", registration.details().cqcLocationId()));
        audit.changed(caller.get(), "service.create", "CareService", service.id(), null, service.snapshot());
        changed.fire(new MarketChanged(service.id()));
        return service;
    }

    public CareService revise(String id, IfMatch expectedVersion, ServiceRegistration registration) {
        CareService service = require(id);
        caller.requireActsFor(service.provider().id(), "service.update", "CareService", id);
        if (!service.provider().id().equals(registration.providerId())) {
            caller.requireActsFor(registration.providerId(), "service.update", "CareService", id);
        }
        Versioned.requireCurrent(expectedVersion, service.version(), "care service");
        requireMaySetRating(registration, service.rating(), "service.update", id);
        var before = service.snapshot();
        service.revise(providers.owner(registration.providerId()), registration.details(), site(registration),
                clock.instant());
        Writes.flush(em, () -> new DuplicateCqcId("care service", registration.details().cqcLocationId()));
        audit.changed(caller.get(), "service.update", "CareService", id, before, service.snapshot());
        changed.fire(new MarketChanged(id));
        return service;
    }

    /** Deregistration keeps the record; doing it twice changes nothing more. */
    public CareService deregister(String id, IfMatch expectedVersion) {
        CareService service = require(id);
        caller.requireActsFor(service.provider().id(), "service.deregister", "CareService", id);
        Versioned.requireCurrent(expectedVersion, service.version(), "care service");
        var before = service.snapshot();
        service.deregister(clock.instant());
        Writes.flush(em);
        audit.changed(caller.get(), "service.deregister", "CareService", id, before, service.snapshot());
        changed.fire(new MarketChanged(id));
        return service;
    }

    /** The facts of one service, or a 404: read now (two primary-key lookups, no entity). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceFacts facts(String id) {
        Object[] s = em.createQuery(FACTS, Object[].class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new UnknownService(id));
        String providerName = em.createQuery(PROVIDER_NAME, String.class).setParameter("id", s[1]).getSingleResult();
        ServiceFacts facts = facts(s, providerName);
        if (recent.size() >= RECENT_FACTS) {
            recent.clear();
        }
        recent.put(id, facts);
        return facts;
    }

    /**
     * The facts of one service as this instance last read them (read now if it never has), or a 404. They may be out
     * of date — another request or instance may have changed the record since — so they are only for a writer that
     * confirms them as it writes: {@link #recordAvailabilities} with the versions it relied on, and {@link #facts}
     * again before it refuses anything on their account. The provider's name is as it was when they were read (a
     * provider's new name does not move its services' versions).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceFacts recentFacts(String id) {
        ServiceFacts known = recent.get(id);
        return known != null ? known : facts(id);
    }

    /** Services whose facts {@link #recentFacts} keeps: more than any English register holds; past it, it starts again. */
    static final int RECENT_FACTS = 100_000;

    private final java.util.concurrent.ConcurrentMap<String, ServiceFacts> recent = new java.util.concurrent.ConcurrentHashMap<>();

    private static ServiceFacts facts(Object[] s, String providerName) {
        return new ServiceFacts((String) s[0], (String) s[1], providerName, (ServiceKind) s[2], (Integer) s[3],
                (org.caremarket.register.entity.RegistrationStatus) s[4], (String) s[5], (String) s[6], (String) s[7],
                (String) s[8], (String) s[9], (Long) s[10]);
    }

    private static final String PROFILES = "SELECT s.id, s.provider.id, s.provider.name, s.name, s.kind, s.status, "
            + "s.councilCode, s.postcode, s.district, s.latitude, s.longitude, s.rating.overall, s.rating.safe, "
            + "s.rating.effective, s.rating.caring, s.rating.responsive, s.rating.wellLed, s.marketChangedAt, s.capacity, s.ratingFellFrom "
            + "FROM CareService s";

    /**
     * The profiles of every service whose record or vacancies changed at or after {@code since} (all
     * services when null), for a matching index to catch up from.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceProfile> profilesChangedSince(Instant since) {
        return since == null ? profiles("", null, null) : profiles(" WHERE s.marketChangedAt >= :since", "since", since);
    }

    /** The profiles of these services. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceProfile> profiles(List<String> ids) {
        return inChunks(ids, chunk -> profiles(" WHERE s.id IN :ids", "ids", chunk));
    }

    private List<ServiceProfile> profiles(String where, String parameter, Object value) {
        return withSpecialisms(PROFILES, where, parameter, value, (r, specialisms) -> new ServiceProfile((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], (ServiceKind) r[4], (RegistrationStatus) r[5], (String) r[6],
                (String) r[7], (String) r[8], (Double) r[9], (Double) r[10], (RatingValue) r[11], (RatingValue) r[12],
                (RatingValue) r[13], (RatingValue) r[14], (RatingValue) r[15], (RatingValue) r[16], (RatingValue) r[19],
                specialisms, (Integer) r[18], (Instant) r[17]));
    }

    /**
     * The rows of one query over the services ({@code select} + {@code where}, with at most one parameter), each with
     * its service's specialisms, read by a second query with the same condition: two queries, no entities.
     */
    private <T> List<T> withSpecialisms(String select, String where, String parameter, Object value,
                                        BiFunction<Object[], Set<Specialism>, T> row) {
        var rows = em.createQuery(select + where, Object[].class);
        var specialismRows = em.createQuery("SELECT s.id, sp FROM CareService s JOIN s.specialisms sp" + where, Object[].class);
        if (parameter != null) {
            rows.setParameter(parameter, value);
            specialismRows.setParameter(parameter, value);
        }
        Map<String, Set<Specialism>> specialisms = new HashMap<>();
        for (Object[] found : specialismRows.getResultList()) {
            specialisms.computeIfAbsent((String) found[0], id -> EnumSet.noneOf(Specialism.class)).add((Specialism) found[1]);
        }
        return rows.getResultList().stream().map(r -> row.apply(r,
                Set.copyOf(specialisms.getOrDefault((String) r[0], EnumSet.noneOf(Specialism.class))))).toList();
    }

    /** A read by ids, 500 at a time: the databases' limits on an IN list. */
    private static <T> List<T> inChunks(List<String> ids, Function<List<String>, List<T>> read) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            found.addAll(read.apply(ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        return found;
    }

    private static final String DIRECTORY = "SELECT s.id, s.providerId, s.name, s.kind, s.status, s.cqcLocationId, "
            + "s.address.line1, s.address.line2, s.address.town, s.postcode, s.councilName, s.latitude, s.longitude, "
            + "s.precision, s.contact.phone, s.contact.email, s.contact.website, s.rating.overall, s.rating.safe, "
            + "s.rating.effective, s.rating.caring, s.rating.responsive, s.rating.wellLed, s.rating.reportDate, "
            + "s.capacity, s.availableNow, s.availableTypes, s.accepting, s.vacancyReportedAt, s.marketChangedAt "
            + "FROM CareService s";

    /**
     * What a public directory shows of every service whose record or vacancies changed at or after {@code since}
     * (every service when null), for a directory feed to catch up from, as {@link #profilesChangedSince} does for
     * matching.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DirectoryEntry> directoryChangedSince(Instant since) {
        return since == null ? directory("", null, null) : directory(" WHERE s.marketChangedAt >= :since", "since", since);
    }

    /** What a public directory shows of these services. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DirectoryEntry> directory(List<String> ids) {
        return inChunks(ids, chunk -> directory(" WHERE s.id IN :ids", "ids", chunk));
    }

    private List<DirectoryEntry> directory(String where, String parameter, Object value) {
        return withSpecialisms(DIRECTORY, where, parameter, value, (r, specialisms) -> {
            Instant reportedAt = (Instant) r[28];
            String types = (String) r[26];
            Availability availability = reportedAt == null ? null : new Availability(r[25] == null ? 0 : (Integer) r[25],
                    types == null || types.isEmpty() ? Set.of() : Set.of(types.replaceAll("^\\||\\|$", "").split("\\|")),
                    Integer.valueOf(1).equals(r[27]), reportedAt);
            return new DirectoryEntry((String) r[0], (String) r[1], (String) r[2], (ServiceKind) r[3],
                    (RegistrationStatus) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (Double) r[11], (Double) r[12], (org.caremarket.geo.entity.Precision) r[13],
                    (String) r[14], (String) r[15], (String) r[16], (RatingValue) r[17], (RatingValue) r[18],
                    (RatingValue) r[19], (RatingValue) r[20], (RatingValue) r[21], (RatingValue) r[22],
                    (java.time.LocalDate) r[23], specialisms, (Integer) r[24], availability, (Instant) r[29]);
        });
    }

    /**
     * Every service a council is responsible for (every council's when null), whatever its status, as the market's
     * sufficiency figures read them: one query, no entities.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MarketService> market(String councilCode) {
        var rows = em.createQuery("SELECT s.id, s.provider.id, s.provider.name, s.kind, s.status, s.councilCode, "
                + "s.district, s.rating.overall, s.capacity, s.createdAt, s.updatedAt FROM CareService s"
                + (councilCode == null ? "" : " WHERE s.councilCode = :council"), Object[].class);
        if (councilCode != null) {
            rows.setParameter("council", councilCode);
        }
        return rows.getResultList().stream().map(r -> new MarketService((String) r[0], (String) r[1], (String) r[2],
                (ServiceKind) r[3], (org.caremarket.register.entity.RegistrationStatus) r[4], (String) r[5], (String) r[6],
                (RatingValue) r[7], (Integer) r[8], (Instant) r[9], (Instant) r[10])).toList();
    }

    /** A service by its CQC location id, for callers that know services by CQC's ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceFacts> byCqcLocationId(String cqcLocationId) {
        return em.createNamedQuery("CareService.byCqcLocationId", CareService.class)
                .setParameter("id", cqcLocationId).getResultStream().findFirst().map(ServiceFacts::of);
    }

    /** The registered services of the given kinds a council is responsible for (every council when null), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceFacts> registeredIn(String councilCode, Set<ServiceKind> kinds) {
        var query = councilCode == null ? em.createNamedQuery("CareService.registered", CareService.class)
                : em.createNamedQuery("CareService.registeredIn", CareService.class).setParameter("council", councilCode);
        return query.setParameter("kinds", List.copyOf(kinds))
                .setHint("eclipselink.join-fetch", "s.provider")
                .getResultStream().map(ServiceFacts::of).toList();
    }

    /** A provider's registered services, by name (what its staff keep up to date on the pages). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceFacts> registeredOf(String providerId) {
        return em.createNamedQuery("CareService.registeredOf", CareService.class).setParameter("provider", providerId)
                .setHint("eclipselink.join-fetch", "s.provider")
                .getResultStream().map(ServiceFacts::of).toList();
    }

    /**
     * Notes what a service's latest vacancy report offers, for the directory search. Plain SQL, because
     * a JPQL update would also move the service record's version (its ETag), and a vacancy report is
     * not an edit of the register record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAvailability(String serviceId, Availability availability, Instant changedAt) {
        recordAvailabilities(Map.of(serviceId, availability), Map.of(), changedAt);
    }

    /**
     * {@link #recordAvailability} for many services at once (reports written together), as one JDBC batch on the
     * transaction's connection, in the map's order. Plain JDBC rather than a native query, which would first flush
     * the unit of work: the services' rows are taken before the vacancy rows are written. With versions
     * ({@code relyingOn}, one for every service), a service is written only if its record is still at the version
     * given — the facts its report was checked against are still true; the others are left as they were.
     *
     * @param relyingOn empty, or the register version each service's report relied on
     * @return the services whose record has moved past the version relied on: nothing was written for them
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> recordAvailabilities(Map<String, Availability> byService,
                                            Map<String, Long> relyingOn, Instant changedAt) {
        boolean checked = !relyingOn.isEmpty();
        List<String> order = List.copyOf(byService.keySet());
        Set<String> moved = new java.util.HashSet<>();
        java.sql.Connection db = em.unwrap(java.sql.Connection.class);
        try (java.sql.PreparedStatement update = db.prepareStatement(checked ? RECORD_AVAILABILITY + " AND version = ?"
                : RECORD_AVAILABILITY)) {
            for (String id : order) {
                Availability availability = byService.get(id);
                update.setInt(1, availability.available());
                update.setString(2, typesColumn(availability));
                update.setInt(3, availability.accepting() ? 1 : 0);
                update.setTimestamp(4, java.sql.Timestamp.from(availability.reportedAt()));
                update.setTimestamp(5, java.sql.Timestamp.from(changedAt));
                update.setString(6, id);
                if (checked) {
                    update.setLong(7, java.util.Objects.requireNonNull(relyingOn.get(id), id));
                }
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; checked && i < counts.length; i++) {
                if (counts[i] == 0) {
                    moved.add(order.get(i));
                }
            }
        } catch (java.sql.SQLException failure) {
            throw new jakarta.persistence.PersistenceException("The services' vacancy summaries could not be written", failure);
        }
        moved.forEach(recent::remove);
        order.stream().filter(id -> !moved.contains(id)).forEach(id -> changed.fire(new MarketChanged(id)));
        return moved;
    }

    private static final String RECORD_AVAILABILITY = "UPDATE care_service SET available_now = ?, available_types = ?, "
            + "accepting = ?, vacancy_reported_at = ?, market_changed_at = ? WHERE id = ?";

    private static String typesColumn(Availability availability) {
        return availability.types().isEmpty() ? null : "|" + String.join("|", availability.types()) + "|";
    }

    /**
     * Notes that something matching reads of the service changed now, and holds its row until the
     * transaction ends: writers of one service's vacancies queue here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markChanged(String serviceId, Instant now) {
        em.createNativeQuery("UPDATE care_service SET market_changed_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, serviceId).executeUpdate();
        changed.fire(new MarketChanged(serviceId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CareService> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(CareService.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CareService require(String id) {
        return find(id).orElseThrow(() -> new UnknownService(id));
    }

    /** Ratings are CQC's: only an ADMIN (or the CQC import) changes them; a provider may only send the current one. */
    private void requireMaySetRating(ServiceRegistration registration, Rating current, String action, String targetId) {
        Rating sent = registration.details().rating();
        if (sent != null && !sent.equals(current) && !caller.get().is(Role.ADMIN)) {
            audit.denied(caller.get(), action, "CareService", targetId);
            throw new Forbidden("CQC ratings are set by an ADMIN or the CQC import, not by a provider; leave rating out.");
        }
    }

    /** Where the service is and which council is responsible, or a 400 naming the field that is wrong. */
    private Siting site(ServiceRegistration registration) {
        Located located = geocoder.require("address.postcode", registration.postcode());
        Council council;
        if (registration.councilCode() != null) {
            council = councils.byCode(registration.councilCode()).orElseThrow(() -> InvalidInput.of("councilCode",
                    registration.councilCode() + " is not the GSS code of an English council (e.g. E08000035 for Leeds)"));
        } else {
            council = located.councilCode().flatMap(councils::byCode).orElseThrow(() -> InvalidInput.of("councilCode",
                    "give the GSS code of the council responsible: the loaded postcode data does not say which council "
                            + located.postcode() + " is in"));
        }
        return new Siting(located.postcode(), located.coordinate(), council);
    }
}
