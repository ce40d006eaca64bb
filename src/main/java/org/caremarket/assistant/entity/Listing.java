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
public record Listing(String id, String displayName, String district, String councilCode, double latitude,
                      double longitude, int travelKm, String[] travelDistricts, long skills, String[] languages,
                      Gender gender, BigDecimal rateFrom, BigDecimal rateTo, long availableFromDay, int week,
                      DbsLevel dbsLevel, LocalDate dbsCertificateDate, boolean dbsUpdateService, boolean rightToWork,
                      LocalDate insuranceExpiry, LocalDate verifiedOn, int experienceYears, Instant updatedAt) {

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
}
