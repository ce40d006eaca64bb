package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A listed PA as search reads it, in memory: what ranking needs, in the shapes that make it cheap
 * (skills and calendar as bit masks, dates as epoch days), and nothing private except the home
 * coordinate, which only distances use.
 */
public final class Listing {

    private final String id;
    private final String displayName;
    private final String district;
    private final String councilCode;
    private final double latitude;
    private final double longitude;
    private final int travelKm;
    private final String[] travelDistricts;
    private final long skills;
    private final String[] languages;
    private final Gender gender;
    private final BigDecimal rateFrom;
    private final BigDecimal rateTo;
    private final long availableFromDay;
    private final int week;
    private final DbsLevel dbsLevel;
    private final LocalDate dbsCertificateDate;
    private final boolean dbsUpdateService;
    private final boolean rightToWork;
    private final LocalDate insuranceExpiry;
    private final LocalDate verifiedOn;
    private final int experienceYears;
    private final Instant updatedAt;
    /** The same facts in the shapes the scan compares cheaply: pence, epoch days (Long.MIN_VALUE: not given). */
    final int rateFromPence;
    final long dbsIssuedDay;
    final long insuranceExpiryDay;
    /** Where the PA lives as a point on the unit sphere, and the squared chord of their travel distance on it. */
    final double x;
    final double y;
    final double z;
    final double reachChord2;

    public Listing(String id, String displayName, String district, String councilCode, double latitude, double longitude,
                   int travelKm, String[] travelDistricts, long skills, String[] languages, Gender gender, BigDecimal rateFrom,
                   BigDecimal rateTo, long availableFromDay, int week, DbsLevel dbsLevel, LocalDate dbsCertificateDate,
                   boolean dbsUpdateService, boolean rightToWork, LocalDate insuranceExpiry, LocalDate verifiedOn,
                   int experienceYears, Instant updatedAt) {
        this.id = id;
        this.displayName = displayName;
        this.district = district;
        this.councilCode = councilCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.travelKm = travelKm;
        this.travelDistricts = travelDistricts;
        this.skills = skills;
        this.languages = languages;
        this.gender = gender;
        this.rateFrom = rateFrom;
        this.rateTo = rateTo;
        this.availableFromDay = availableFromDay;
        this.week = week;
        this.dbsLevel = dbsLevel;
        this.dbsCertificateDate = dbsCertificateDate;
        this.dbsUpdateService = dbsUpdateService;
        this.rightToWork = rightToWork;
        this.insuranceExpiry = insuranceExpiry;
        this.verifiedOn = verifiedOn;
        this.experienceYears = experienceYears;
        this.updatedAt = updatedAt;
        this.rateFromPence = rateFrom.movePointRight(2).intValue();
        this.dbsIssuedDay = dbsLevel == null ? Long.MIN_VALUE : dbsCertificateDate.toEpochDay();
        this.insuranceExpiryDay = insuranceExpiry == null ? Long.MIN_VALUE : insuranceExpiry.toEpochDay();
        double[] point = TravelGrid.unit(latitude, longitude);
        this.x = point[0];
        this.y = point[1];
        this.z = point[2];
        double chord = TravelGrid.chord(travelKm);
        this.reachChord2 = chord * chord;
    }

    /** {@link Checks#verifiedAndCurrent()} without making the Checks: for the scan. */
    boolean verifiedAndCurrent(long today, long dbsIssuedSince) {
        return verifiedOn != null && rightToWork && dbsIssuedDay != Long.MIN_VALUE
                && (dbsUpdateService || dbsIssuedDay >= dbsIssuedSince)
                && (insuranceExpiryDay == Long.MIN_VALUE || insuranceExpiryDay >= today);
    }

    /** Verified, whether or not every check is in date. */
    boolean verified() {
        return verifiedOn != null;
    }

    public static Listing of(PersonalAssistant pa) {
        Profile p = pa.profile();
        return new Listing(pa.id(), pa.displayName(), p.district(), p.councilCode(), p.home().latitude(),
                p.home().longitude(), p.travelKm(), p.travelDistricts().toArray(String[]::new), pa.skillMask(),
                p.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).toArray(String[]::new), p.gender(),
                p.rateFrom(), p.rateTo(), p.availableFrom().toEpochDay(), p.week().mask(),
                p.dbs() == null ? null : p.dbs().level(), p.dbs() == null ? null : p.dbs().certificateDate(),
                p.dbs() != null && p.dbs().updateService(), p.rightToWorkChecked(), p.insuranceExpiry(), pa.verifiedOn(),
                p.experienceYears(), pa.updatedAt());
    }

    public Checks checks(LocalDate today, int dbsRenewalYears) {
        return Checks.on(today, dbsRenewalYears, dbsLevel, dbsCertificateDate, dbsUpdateService, rightToWork,
                insuranceExpiry, verifiedOn);
    }

    boolean travelsTo(String district) {
        for (String d : travelDistricts) {
            if (d.equals(district)) {
                return true;
            }
        }
        return false;
    }

    boolean speaks(String language) {
        for (String l : languages) {
            if (l.equals(language)) {
                return true;
            }
        }
        return false;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String district() {
        return district;
    }

    public String councilCode() {
        return councilCode;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public int travelKm() {
        return travelKm;
    }

    public String[] travelDistricts() {
        return travelDistricts;
    }

    public long skills() {
        return skills;
    }

    public String[] languages() {
        return languages;
    }

    public Gender gender() {
        return gender;
    }

    public BigDecimal rateFrom() {
        return rateFrom;
    }

    public BigDecimal rateTo() {
        return rateTo;
    }

    public long availableFromDay() {
        return availableFromDay;
    }

    public int week() {
        return week;
    }

    public DbsLevel dbsLevel() {
        return dbsLevel;
    }

    public LocalDate dbsCertificateDate() {
        return dbsCertificateDate;
    }

    public LocalDate insuranceExpiry() {
        return insuranceExpiry;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public int experienceYears() {
        return experienceYears;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
