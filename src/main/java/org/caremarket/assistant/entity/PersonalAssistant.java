package org.caremarket.assistant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.entity.FlagConverter;

/**
 * A self-employed or directly employed personal assistant's profile, kept by the PA. Not a CQC
 * service: PAs are not registered with the regulator, so the register's record is what they say,
 * plus what a council has verified.
 */
@Entity
@Table(name = "personal_assistant")
@NamedQuery(name = "PersonalAssistant.byOwner", query = "SELECT a FROM PersonalAssistant a WHERE a.owner = :owner")
@NamedQuery(name = "PersonalAssistant.count", query = "SELECT COUNT(a) FROM PersonalAssistant a")
@NamedQuery(name = "PersonalAssistant.byIds", query = "SELECT a FROM PersonalAssistant a WHERE a.id IN :ids")
public class PersonalAssistant {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Whose profile it is: the ASSISTANT key's subject (or the key itself when it names none). */
    @Column(name = "owner_id", length = 36, nullable = false, unique = true)
    private String owner;

    @Column(name = "first_name", length = 40, nullable = false)
    private String firstName;

    @Column(name = "last_initial", length = 1, nullable = false)
    private String lastInitial;

    /** Private: used for distances, never shown. Null for generated benchmark PAs placed at a district centroid. */
    @Column(name = "postcode", length = 8)
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

    @Column(name = "travel_km", nullable = false)
    private int travelKm;

    /** Postcode districts the PA will also work in, comma-separated. */
    @Column(name = "travel_districts", length = 200)
    private String travelDistricts;

    @Column(name = "skills", nullable = false)
    private long skills;

    /** One per line. */
    @Column(name = "qualifications", length = 1100)
    private String qualifications;

    @Column(name = "experience_years", nullable = false)
    private int experienceYears;

    /** Comma-separated, as the PA writes them. */
    @Column(name = "languages", length = 500)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Column(name = "interests", length = 300)
    private String interests;

    @Column(name = "rate_from", precision = 6, scale = 2, nullable = false)
    private BigDecimal rateFrom;

    @Column(name = "rate_to", precision = 6, scale = 2, nullable = false)
    private BigDecimal rateTo;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    /** The weekly calendar: a {@link Week} mask. */
    @Column(name = "availability", nullable = false)
    private int availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "dbs_level", length = 40)
    private DbsLevel dbsLevel;

    @Column(name = "dbs_certificate_date")
    private LocalDate dbsCertificateDate;

    @Convert(converter = FlagConverter.class)
    @Column(name = "dbs_update_service", nullable = false)
    private Boolean dbsUpdateService;

    @Convert(converter = FlagConverter.class)
    @Column(name = "right_to_work_checked", nullable = false)
    private Boolean rightToWorkChecked;

    @Column(name = "insurance_expiry")
    private LocalDate insuranceExpiry;

    /** Private until an introduction is accepted. */
    @Column(name = "phone", length = 20)
    private String phone;

    /** Private until an introduction is accepted. */
    @Column(name = "email", length = 254)
    private String email;

    @Convert(converter = FlagConverter.class)
    @Column(name = "listed", nullable = false)
    private Boolean listed;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = 36)
    private String verifiedBy;

    @Column(name = "verification_note", length = 300)
    private String verificationNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonalAssistant() {
    }

    public PersonalAssistant(String owner, Profile profile, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.owner = owner;
        this.createdAt = now;
        apply(profile, now);
    }

    /** The PA's new profile; a verification lapses when the facts it vouched for change. */
    public void revise(Profile profile, Instant now) {
        if (verifiedOn != null && !profile.sameChecksAs(profile())) {
            verifiedOn = null;
            verifiedBy = null;
            verificationNote = null;
        }
        apply(profile, now);
    }

    private void apply(Profile p, Instant now) {
        firstName = p.firstName();
        lastInitial = p.lastInitial();
        postcode = p.postcode();
        district = p.district();
        latitude = p.home().latitude();
        longitude = p.home().longitude();
        precision = p.home().precision();
        councilCode = p.councilCode();
        travelKm = p.travelKm();
        travelDistricts = join(",", p.travelDistricts());
        skills = Skill.mask(p.skills());
        qualifications = join("\n", p.qualifications());
        experienceYears = p.experienceYears();
        languages = join(",", p.languages());
        gender = p.gender();
        interests = p.interests();
        rateFrom = p.rateFrom();
        rateTo = p.rateTo();
        availableFrom = p.availableFrom();
        availability = p.week().mask();
        dbsLevel = p.dbs() == null ? null : p.dbs().level();
        dbsCertificateDate = p.dbs() == null ? null : p.dbs().certificateDate();
        dbsUpdateService = p.dbs() != null && p.dbs().updateService();
        rightToWorkChecked = p.rightToWorkChecked();
        insuranceExpiry = p.insuranceExpiry();
        phone = p.phone();
        email = p.email();
        listed = p.listed();
        updatedAt = now;
    }

    /** A council has seen the PA's documents (DBS certificate, right to work, insurance). */
    public void verify(String by, String note, LocalDate on, Instant now) {
        verifiedOn = on;
        verifiedBy = by;
        verificationNote = note;
        updatedAt = now;
    }

    public void withdrawVerification(Instant now) {
        verifiedOn = null;
        verifiedBy = null;
        verificationNote = null;
        updatedAt = now;
    }

    public Profile profile() {
        return new Profile(firstName, lastInitial, postcode, district, new Coordinate(latitude, longitude, precision),
                councilCode, travelKm, split(",", travelDistricts), skillSet(), split("\n", qualifications), experienceYears,
                split(",", languages), gender, interests, rateFrom, rateTo, availableFrom, new Week(availability),
                dbsLevel == null ? null : new Profile.Dbs(dbsLevel, dbsCertificateDate, dbsUpdateService),
                rightToWorkChecked, insuranceExpiry, phone, email, listed);
    }

    public Checks checks(LocalDate today, int dbsRenewalYears) {
        return Checks.on(today, dbsRenewalYears, dbsLevel, dbsCertificateDate, dbsUpdateService, rightToWorkChecked,
                insuranceExpiry, verifiedOn);
    }

    private EnumSet<Skill> skillSet() {
        List<Skill> list = Skill.of(skills);
        return list.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(list);
    }

    static String join(String separator, List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(separator, values);
    }

    static List<String> split(String separator, String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(java.util.regex.Pattern.quote(separator)));
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String owner() {
        return owner;
    }

    public String displayName() {
        return Profile.displayName(firstName, lastInitial);
    }

    public String district() {
        return district;
    }

    public String councilCode() {
        return councilCode;
    }

    public long skillMask() {
        return skills;
    }

    public boolean listed() {
        return listed;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
