package org.caremarket.register.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.InvalidInput;

/**
 * A care service: what CQC calls a location. It belongs to one provider, has a kind that fixes how
 * its capacity is counted, a place and the council responsible for it, and its CQC standing.
 * The record is never erased: deregistration keeps it for history.
 */
@Entity
@Table(name = "care_service")
@NamedQuery(name = "CareService.count", query = "SELECT COUNT(s) FROM CareService s")
@NamedQuery(name = "CareService.byCqcLocationId", query = "SELECT s FROM CareService s WHERE s.cqcLocationId = :id")
@NamedQuery(name = "CareService.registeredIn", query = "SELECT s FROM CareService s WHERE s.councilCode = :council "
        + "AND s.kind IN :kinds AND s.status = org.caremarket.register.entity.RegistrationStatus.REGISTERED ORDER BY s.name, s.id")
@NamedQuery(name = "CareService.registered", query = "SELECT s FROM CareService s WHERE "
        + "s.kind IN :kinds AND s.status = org.caremarket.register.entity.RegistrationStatus.REGISTERED ORDER BY s.name, s.id")
@NamedQuery(name = "CareService.registeredOf", query = "SELECT s FROM CareService s WHERE s.provider.id = :provider "
        + "AND s.status = org.caremarket.register.entity.RegistrationStatus.REGISTERED ORDER BY s.name, s.id")
@NamedQuery(name = "CareService.countByProvider",
        query = "SELECT COUNT(s) FROM CareService s WHERE s.provider.id = :provider")
public class CareService {

    static final Pattern CQC_LOCATION_ID = Pattern.compile("1-\\d{1,15}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    /**
     * The provider's id as the column holds it, for queries only (never read from an entity): {@code s.provider.id}
     * in JPQL joins the provider table, which for a batch of services Derby may answer by scanning it.
     */
    @Column(name = "provider_id", insertable = false, updatable = false)
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private ServiceKind kind;

    @Column(name = "cqc_location_id", length = 20, unique = true)
    private String cqcLocationId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Embedded
    private Address address;

    @Column(name = "postcode", length = 8, nullable = false)
    private String postcode;

    @Column(name = "district", length = 4, nullable = false)
    private String district;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinate_precision", length = 20, nullable = false)
    private Precision precision;

    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Column(name = "council_name", length = 100, nullable = false)
    private String councilName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private RegistrationStatus status;

    @Embedded
    private Rating rating;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "care_service_rating_history", joinColumns = @JoinColumn(name = "service_id"))
    @OrderBy("replacedAt DESC")
    private List<PastRating> ratingHistory = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_service_specialism", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialism", length = 40, nullable = false)
    private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);

    @Column(name = "capacity", nullable = false)
    private int capacity;

    /** The overall rating the current one fell from at its report; null when it did not fall. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_fell_from", length = 25)
    private RatingValue ratingFellFrom;

    @Embedded
    private Contact contact;

    /**
     * What the latest vacancy report offers now: written only by {@code CareServices.recordAvailability}
     * (for the vacancy capability), never with the rest of the record, so it does not move the version.
     */
    @Column(name = "available_now", insertable = false, updatable = false)
    private Integer availableNow;

    @Column(name = "available_types", length = 300, insertable = false, updatable = false)
    private String availableTypes;

    /** 1 accepting admissions, 0 not. */
    @Column(name = "accepting", insertable = false, updatable = false)
    private Integer accepting;

    @Column(name = "vacancy_reported_at", insertable = false, updatable = false)
    private Instant vacancyReportedAt;

    /** When anything matching reads of this service last changed: this record, or (by native SQL) its vacancies. */
    @Column(name = "market_changed_at")
    private Instant marketChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CareService() {
    }

    /** Registers a new service with its provider. It starts registered or dormant, never deregistered. */
    public CareService(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        if (details.status() == RegistrationStatus.DEREGISTERED) {
            throw InvalidInput.of("status", "a new service is REGISTERED or DORMANT; deregister it afterwards if needed");
        }
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
        this.status = details.status();
        this.capacity = 0;
        this.rating = Rating.notYetRated();
        apply(provider, details, siting, now);
    }

    /**
     * Replaces the record with a newer version of it. A deregistered service stays as it was; a
     * service that is not registered cannot take on more capacity; a replaced rating goes to the
     * history. Every rule is checked before anything changes.
     */
    public void revise(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        if (status == RegistrationStatus.DEREGISTERED) {
            throw new Conflict("/problems/service-deregistered", "The service is deregistered",
                    "Service " + id + " is deregistered; its record is kept for history and cannot be changed. "
                            + "A service that registers again with CQC is a new service.");
        }
        if (details.status() != RegistrationStatus.REGISTERED && details.capacity() > capacity) {
            throw new Conflict("/problems/service-not-registered", "The service cannot take new capacity",
                    "A " + details.status().name().toLowerCase() + " service cannot take new capacity: capacity may stay at "
                            + capacity + " or fall, not rise to " + details.capacity() + ".");
        }
        this.status = details.status();
        apply(provider, details, siting, now);
    }

    /**
     * A service first known from CQC's register. CQC's directory gives no bed count, so a care home may start at
     * capacity 0 — unknown — until the provider or CQC's API record gives its beds.
     */
    public static CareService registeredByCqc(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        CareService service = new CareService();
        service.id = UUID.randomUUID().toString();
        service.createdAt = now;
        service.status = details.status();
        service.rating = Rating.notYetRated();
        service.applyFromCqc(provider, details, siting, now);
        return service;
    }

    /**
     * Brings the record into step with CQC's. CQC is the authority on registration, so unlike {@link #revise} this
     * may move a service back from DEREGISTERED (a location that appears again in CQC's register) and lets a care
     * home's capacity stay unknown. A rating older than the current one goes to the history instead.
     */
    public void reviseFromCqc(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        this.status = details.status();
        applyFromCqc(provider, details, siting, now);
    }

    /** True when bringing the record into step with CQC's would change nothing. */
    public boolean agreesWith(Provider provider, ServiceDetails details, Siting siting) {
        return this.provider.id().equals(provider.id()) && kind == details.kind() && status == details.status()
                && java.util.Objects.equals(cqcLocationId, details.cqcLocationId()) && name.equals(details.name().strip())
                && java.util.Objects.equals(address, details.address()) && postcode.equals(siting.postcode())
                && councilCode.equals(siting.council().code()) && precision == siting.coordinate().precision()
                && capacity == details.capacity() && specialisms().equals(details.specialisms().isEmpty() ? Set.of()
                        : EnumSet.copyOf(details.specialisms()))
                && contact().equals(details.contact() == null ? new Contact(null, null, null) : details.contact())
                && (details.rating() == null || details.rating().equals(rating)
                        || (rating.reportDate() != null && details.rating().reportDate() != null
                                && details.rating().reportDate().isBefore(rating.reportDate())));
    }

    /**
     * Adds CQC's earlier ratings of this service to its history, each replaced on the date the next one was
     * published; a rating the history already holds is not added twice. Newest first, as CQC lists them.
     * Returns how many were added.
     */
    public int recordPastRatings(List<Rating> newestFirst) {
        int added = 0;
        candidates:
        for (int i = 0; i < newestFirst.size(); i++) {
            Rating past = newestFirst.get(i);
            if (past.equals(rating) || past.reportDate() == null
                    || (rating.reportDate() != null && !past.reportDate().isBefore(rating.reportDate()))) {
                continue;
            }
            for (PastRating held : ratingHistory) {
                if (held.rating().equals(past)) {
                    continue candidates;
                }
            }
            java.time.LocalDate next = i == 0 ? rating.reportDate() : newestFirst.get(i - 1).reportDate();
            Instant replacedAt = (next == null ? past.reportDate() : next).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            ratingHistory.add(new PastRating(past, replacedAt));
            added++;
        }
        if (added > 0) {
            ratingHistory.sort(java.util.Comparator.comparing(PastRating::replacedAt).reversed());
        }
        return added;
    }

    /** Deregistration: the service can take no one on, and the record stays. */
    public void deregister(Instant now) {
        if (status != RegistrationStatus.DEREGISTERED) {
            status = RegistrationStatus.DEREGISTERED;
            updatedAt = now;
            marketChangedAt = now;
        }
    }

    private void apply(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        requireValid(details, siting, true);
        Rating next = details.rating() == null ? rating : details.rating();
        requireNotOlder(next);
        assign(provider, details, siting);
        rate(next, now);
        this.updatedAt = now;
        this.marketChangedAt = now;
    }

    private void applyFromCqc(Provider provider, ServiceDetails details, Siting siting, Instant now) {
        requireValid(details, siting, false);
        Rating next = details.rating() == null ? rating : details.rating();
        if (rating.reportDate() != null && next.reportDate() != null && next.reportDate().isBefore(rating.reportDate())) {
            recordPastRatings(List.of(next));
            next = rating;
        }
        assign(provider, details, siting);
        if (!next.equals(rating)) {
            Instant replacedAt = next.reportDate() == null ? now
                    : next.reportDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            rate(next, replacedAt);
        }
        this.updatedAt = now;
        this.marketChangedAt = now;
    }

    /** Everything the record holds from the details and the siting, apart from status and rating. */
    private void assign(Provider provider, ServiceDetails details, Siting siting) {
        this.provider = provider;
        this.kind = details.kind();
        this.cqcLocationId = details.cqcLocationId();
        this.name = details.name().strip();
        this.address = details.address();
        Coordinate at = siting.coordinate();
        this.postcode = siting.postcode();
        this.district = siting.district();
        this.latitude = at.latitude();
        this.longitude = at.longitude();
        this.precision = at.precision();
        this.councilCode = siting.council().code();
        this.councilName = siting.council().name();
        this.capacity = details.capacity();
        this.specialisms.clear();
        this.specialisms.addAll(details.specialisms());
        this.contact = details.contact();
    }

    private void requireNotOlder(Rating next) {
        if (rating.reportDate() != null && next.reportDate() != null && next.reportDate().isBefore(rating.reportDate())) {
            throw InvalidInput.of("rating.reportDate", "the current rating was published on " + rating.reportDate()
                    + "; a rating cannot be replaced by an older one");
        }
    }

    private void rate(Rating next, Instant now) {
        if (next.equals(rating)) {
            return;
        }
        if (rating.isRated() || rating.reportDate() != null) {
            ratingHistory.add(0, new PastRating(rating, now));
        }
        this.ratingFellFrom = rating.overall().rank() > 0 && next.overall().rank() > 0
                && next.overall().rank() < rating.overall().rank() ? rating.overall() : null;
        this.rating = next;
    }

    private static void requireValid(ServiceDetails details, Siting siting, boolean bedsKnown) {
        if (bedsKnown && details.kind().isCareHome() && details.capacity() < 1) {
            throw InvalidInput.of("capacity", "a care home must have at least one registered bed");
        }
        if (details.capacity() < 0) {
            throw InvalidInput.of("capacity", "capacity cannot be negative");
        }
        int maximum = details.kind().capacityUnit().plausibleMaximum();
        if (details.capacity() > maximum) {
            throw InvalidInput.of("capacity", "more than " + maximum + " "
                    + details.kind().capacityUnit().name().toLowerCase().replace('_', ' ') + " is not a plausible figure");
        }
        if (details.cqcLocationId() != null && !CQC_LOCATION_ID.matcher(details.cqcLocationId()).matches()) {
            throw InvalidInput.of("cqcLocationId", "a CQC location id is 1- followed by digits, e.g. 1-125856395");
        }
        if (!siting.council().socialCare()) {
            throw InvalidInput.of("councilCode", siting.council().name() + " (" + siting.council().code()
                    + ") has no adult social care duties; give the county or unitary council ("
                    + siting.council().socialCareCouncilCode() + ")");
        }
    }

    /** The record as the audit keeps it. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("providerId", provider.id());
        state.put("kind", kind.name());
        state.put("cqcLocationId", cqcLocationId);
        state.put("name", name);
        state.put("postcode", postcode);
        state.put("councilCode", councilCode);
        state.put("status", status.name());
        state.put("rating", rating.overall().name());
        state.put("ratingDate", rating.reportDate() == null ? null : rating.reportDate().toString());
        state.put("specialisms", specialisms.stream().map(Enum::name).sorted().toList());
        state.put("capacity", capacity);
        state.put("version", version);
        return state;
    }

    public String id() {
        return id;
    }

    public Provider provider() {
        return provider;
    }

    public ServiceKind kind() {
        return kind;
    }

    public String cqcLocationId() {
        return cqcLocationId;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public String district() {
        return district;
    }

    public Coordinate coordinate() {
        return new Coordinate(latitude, longitude, precision);
    }

    public String councilCode() {
        return councilCode;
    }

    public String councilName() {
        return councilName;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Rating rating() {
        return rating;
    }

    /** The overall rating the current one fell from, if it fell at its latest report. */
    public RatingValue ratingFellFrom() {
        return ratingFellFrom;
    }

    public List<PastRating> ratingHistory() {
        return List.copyOf(ratingHistory);
    }

    public Set<Specialism> specialisms() {
        return specialisms.isEmpty() ? Set.of() : EnumSet.copyOf(specialisms);
    }

    public int capacity() {
        return capacity;
    }

    public Contact contact() {
        return contact == null ? new Contact(null, null, null) : contact;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What the latest vacancy report offers, if the service has reported. */
    public java.util.Optional<Availability> availability() {
        if (vacancyReportedAt == null) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> types = availableTypes == null || availableTypes.isEmpty() ? java.util.Set.of()
                : java.util.Set.of(availableTypes.replaceAll("^\\||\\|$", "").split("\\|"));
        return java.util.Optional.of(new Availability(availableNow, types, Integer.valueOf(1).equals(accepting), vacancyReportedAt));
    }
}
