package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caremarket.geo.entity.Coordinate;

/**
 * What a personal assistant says about themselves, checked and placed: the home postcode is kept for
 * distances only and never shown; contact details only after an accepted introduction.
 */
public record Profile(String firstName, String lastInitial, String postcode, String district, Coordinate home,
                      String councilCode, int travelKm, List<String> travelDistricts, Set<Skill> skills,
                      List<String> qualifications, int experienceYears, List<String> languages, Gender gender,
                      String interests, BigDecimal rateFrom, BigDecimal rateTo, LocalDate availableFrom, Week week,
                      Dbs dbs, boolean rightToWorkChecked, LocalDate insuranceExpiry, String phone, String email,
                      boolean listed) {

    /** How far ahead a PA may say they start: a listing is for people looking for help now, not in years. */
    public static final int AVAILABLE_FROM_YEARS_AHEAD = 2;

    /** How far ahead insurance may run: public liability policies are bought for a year or so, rarely beyond five. */
    public static final int INSURANCE_YEARS_AHEAD = 5;

    /** How long ago insurance may have expired and still be worth stating (it then shows as expired). */
    public static final int INSURANCE_YEARS_PAST = 10;

    /** A DBS check as the PA reports it; the certificate date is when it was issued. */
    public record Dbs(DbsLevel level, LocalDate certificateDate, boolean updateService) {
    }

    /** The same profile at a place the geocoder found. */
    public Profile placed(String postcode, String district, Coordinate home, String councilCode) {
        return new Profile(firstName, lastInitial, postcode, district, home, councilCode, travelKm, travelDistricts, skills,
                qualifications, experienceYears, languages, gender, interests, rateFrom, rateTo, availableFrom, week, dbs,
                rightToWorkChecked, insuranceExpiry, phone, email, listed);
    }

    public String displayName() {
        return displayName(firstName, lastInitial);
    }

    /** What searchers see of a PA's name: "Amira K.". */
    static String displayName(String firstName, String lastInitial) {
        return firstName + " " + lastInitial + ".";
    }

    /** The facts a verification vouches for: when any of them changes, the verification lapses. */
    boolean sameChecksAs(Profile other) {
        return java.util.Objects.equals(dbs, other.dbs) && rightToWorkChecked == other.rightToWorkChecked
                && java.util.Objects.equals(insuranceExpiry, other.insuranceExpiry)
                && firstName.equals(other.firstName) && lastInitial.equals(other.lastInitial);
    }
}
