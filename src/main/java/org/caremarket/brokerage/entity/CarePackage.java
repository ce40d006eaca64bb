package org.caremarket.brokerage.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.FlagConverter;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.CapacityClaim;
import org.caremarket.vacancy.entity.LineKind;

/**
 * A request for care for one person, made by a council's broker or by the person: what care, where,
 * from when, how urgent, what it must offer and what it may cost. The person's postcode is kept for
 * matching and shown to providers only as its district until an award.
 */
@Entity
@Table(name = "care_package")
@NamedQuery(name = "CarePackage.inCouncil", query = "SELECT p FROM CarePackage p WHERE p.councilCode = :council "
        + "AND p.createdAt >= :from AND p.createdAt < :to ORDER BY p.createdAt DESC, p.id")
@NamedQuery(name = "CarePackage.byRequester", query = "SELECT p FROM CarePackage p WHERE p.requestedBy = :key "
        + "AND p.createdAt >= :from AND p.createdAt < :to ORDER BY p.createdAt DESC, p.id")
@NamedQuery(name = "CarePackage.all", query = "SELECT p FROM CarePackage p "
        + "WHERE p.createdAt >= :from AND p.createdAt < :to ORDER BY p.createdAt DESC, p.id")
public class CarePackage {

    /** A place the care is wanted near: a postcode and where it is. */
    public record Place(String postcode, String district, double latitude, double longitude) {
    }

    /** What the care must be and offer, as checked by the boundary. */
    public record Needs(ServiceKind kind, String lineType, Set<Specialism> specialisms, List<Visit> visits,
                        boolean doubleHanded, CarerGender carerGender, String language, String faithOrCulture,
                        Funding funding, BigDecimal priceCap, RatingValue minRating, boolean includeNotYetRated,
                        double maxDistanceKm, String currentProviderId, LocalDate startDate, Urgency urgency,
                        String reference, String notes) {
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reference", length = 60)
    private String reference;

    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Column(name = "requested_by", length = 36, nullable = false)
    private String requestedBy;

    @Column(name = "requester_role", length = 20, nullable = false)
    private String requesterRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private ServiceKind kind;

    @Column(name = "postcode", length = 8, nullable = false)
    private String postcode;

    @Column(name = "district", length = 4, nullable = false)
    private String district;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "family_postcode", length = 8)
    private String familyPostcode;

    @Column(name = "family_latitude")
    private Double familyLatitude;

    @Column(name = "family_longitude")
    private Double familyLongitude;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 20, nullable = false)
    private Urgency urgency;

    @Column(name = "specialisms", length = 400)
    private String specialisms;

    @Column(name = "line_type", length = 40)
    private String lineType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_package_visit", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "visit_position")
    private List<Visit> visits = new ArrayList<>();

    @Convert(converter = FlagConverter.class)
    @Column(name = "double_handed", nullable = false)
    private boolean doubleHanded;

    @Enumerated(EnumType.STRING)
    @Column(name = "carer_gender", length = 10)
    private CarerGender carerGender;

    @Column(name = "care_language", length = 60)
    private String language;

    @Column(name = "faith_or_culture", length = 100)
    private String faithOrCulture;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding", length = 30, nullable = false)
    private Funding funding;

    @Column(name = "price_cap", precision = 10, scale = 2)
    private BigDecimal priceCap;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_rating", length = 25, nullable = false)
    private RatingValue minRating;

    @Convert(converter = FlagConverter.class)
    @Column(name = "include_not_rated", nullable = false)
    private boolean includeNotYetRated;

    @Column(name = "max_distance_km", nullable = false)
    private double maxDistanceKm;

    @Column(name = "current_provider_id", length = 36)
    private String currentProviderId;

    @Column(name = "notes", length = 1000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private PackageStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 30)
    private CloseReason closeReason;

    @Column(name = "close_note", length = 500)
    private String closeNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_offer_at")
    private Instant firstOfferAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "awarded_offer_id", length = 36)
    private String awardedOfferId;

    protected CarePackage() {
    }

    public CarePackage(Needs needs, Place place, Place family, String councilCode, String requestedBy,
                       String requesterRole, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kind = needs.kind();
        this.lineType = needs.lineType();
        this.specialisms = needs.specialisms().isEmpty() ? null
                : needs.specialisms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.visits.addAll(needs.visits());
        this.doubleHanded = needs.doubleHanded();
        this.carerGender = needs.carerGender();
        this.language = needs.language();
        this.faithOrCulture = needs.faithOrCulture();
        this.funding = needs.funding();
        this.priceCap = needs.priceCap();
        this.minRating = needs.minRating();
        this.includeNotYetRated = needs.includeNotYetRated();
        this.maxDistanceKm = needs.maxDistanceKm();
        this.currentProviderId = needs.currentProviderId();
        this.startDate = needs.startDate();
        this.urgency = needs.urgency();
        this.reference = needs.reference();
        this.notes = needs.notes();
        this.postcode = place.postcode();
        this.district = place.district();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        if (family != null) {
            this.familyPostcode = family.postcode();
            this.familyLatitude = family.latitude();
            this.familyLongitude = family.longitude();
        }
        this.councilCode = councilCode;
        this.requestedBy = requestedBy;
        this.requesterRole = requesterRole;
        this.status = PackageStatus.OPEN;
        this.createdAt = now;
    }

    /** Offers went out: an open request is now offered (a later round of offers changes nothing). */
    public void offered(Instant now) {
        requireOpen("send offers for");
        if (status == PackageStatus.OPEN) {
            status = PackageStatus.OFFERED;
        }
        if (firstOfferAt == null) {
            firstOfferAt = now;
        }
    }

    public void award(String offerId, Instant now) {
        requireOpen("award");
        status = PackageStatus.AWARDED;
        awardedOfferId = offerId;
        closedAt = now;
    }

    public void cancel(CloseReason reason, String note, Instant now) {
        close(PackageStatus.CANCELLED, reason, note, now);
    }

    public void unsourced(CloseReason reason, String note, Instant now) {
        close(PackageStatus.UNSOURCED, reason, note, now);
    }

    private void close(PackageStatus to, CloseReason reason, String note, Instant now) {
        requireOpen(to == PackageStatus.CANCELLED ? "cancel" : "close as unsourced");
        status = to;
        closeReason = reason;
        closeNote = note;
        closedAt = now;
    }

    /** A closed request (awarded, cancelled, unsourced) can do nothing more: 409. */
    public void requireOpen(String action) {
        if (status.isClosed()) {
            throw new Conflict("/problems/package-closed", "The request is closed",
                    "Care package " + id + " is " + status.name().toLowerCase() + " (since " + closedAt
                            + "): nothing more can be done to it, so it cannot " + action.replace(" for", "") + ".");
        }
    }

    /** What an award takes from the chosen service. */
    public CapacityClaim claim() {
        LineKind line = LineKind.of(kind);
        if (line == LineKind.HOMECARE_HOURS) {
            return CapacityClaim.homecare(visits.stream()
                    .map(v -> new CapacityClaim.Hours(district, v.timeBand(), v.days(), v.hoursPerWeek())).toList());
        }
        return CapacityClaim.one(line, lineType);
    }

    /** From the request to its award, when it was awarded. */
    public Optional<Duration> timeToSource() {
        return status == PackageStatus.AWARDED ? Optional.of(Duration.between(createdAt, closedAt)) : Optional.empty();
    }

    /** What the audit keeps of a request: its state, never the person's postcode. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", version);
        s.put("status", status.name());
        s.put("kind", kind.name());
        s.put("district", district);
        s.put("urgency", urgency.name());
        s.put("closeReason", closeReason == null ? null : closeReason.name());
        s.put("awardedOfferId", awardedOfferId);
        return s;
    }

    public Set<Specialism> specialisms() {
        EnumSet<Specialism> set = EnumSet.noneOf(Specialism.class);
        if (specialisms != null) {
            Arrays.stream(specialisms.split(",")).map(Specialism::valueOf).forEach(set::add);
        }
        return set;
    }

    public int hoursPerWeek() {
        return visits.stream().mapToInt(Visit::hoursPerWeek).sum();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public String councilCode() {
        return councilCode;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requesterRole() {
        return requesterRole;
    }

    public ServiceKind kind() {
        return kind;
    }

    public String postcode() {
        return postcode;
    }

    public String district() {
        return district;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public String familyPostcode() {
        return familyPostcode;
    }

    public Double familyLatitude() {
        return familyLatitude;
    }

    public Double familyLongitude() {
        return familyLongitude;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String lineType() {
        return lineType;
    }

    public List<Visit> visits() {
        return List.copyOf(visits);
    }

    public boolean doubleHanded() {
        return doubleHanded;
    }

    public CarerGender carerGender() {
        return carerGender;
    }

    public String language() {
        return language;
    }

    public String faithOrCulture() {
        return faithOrCulture;
    }

    public Funding funding() {
        return funding;
    }

    public BigDecimal priceCap() {
        return priceCap;
    }

    public RatingValue minRating() {
        return minRating;
    }

    public boolean includeNotYetRated() {
        return includeNotYetRated;
    }

    public double maxDistanceKm() {
        return maxDistanceKm;
    }

    public String currentProviderId() {
        return currentProviderId;
    }

    public String notes() {
        return notes;
    }

    public PackageStatus status() {
        return status;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public String closeNote() {
        return closeNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant firstOfferAt() {
        return firstOfferAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String awardedOfferId() {
        return awardedOfferId;
    }
}
