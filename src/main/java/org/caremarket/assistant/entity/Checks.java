package org.caremarket.assistant.entity;

import java.time.LocalDate;

/**
 * How a PA's checks stand on a given day, for a searcher: DBS (current when on the update service or
 * issued within the renewal period councils ask for), right to work, public liability insurance, and
 * whether a council has seen the documents.
 */
public record Checks(CheckStatus dbs, DbsLevel dbsLevel, boolean rightToWorkChecked, CheckStatus insurance,
                     boolean verified, LocalDate verifiedOn) {

    public static Checks on(LocalDate today, int dbsRenewalYears, DbsLevel level, LocalDate certificateDate,
                            boolean updateService, boolean rightToWork, LocalDate insuranceExpiry, LocalDate verifiedOn) {
        CheckStatus dbs = level == null ? CheckStatus.NONE
                : updateService || !certificateDate.isBefore(today.minusYears(dbsRenewalYears)) ? CheckStatus.CURRENT
                : CheckStatus.EXPIRED;
        CheckStatus insurance = insuranceExpiry == null ? CheckStatus.NONE
                : insuranceExpiry.isBefore(today) ? CheckStatus.EXPIRED : CheckStatus.CURRENT;
        return new Checks(dbs, level, rightToWork, insurance, verifiedOn != null, verifiedOn);
    }

    /** Verified, and nothing out of date since. */
    public boolean verifiedAndCurrent() {
        return verified && dbs == CheckStatus.CURRENT && insurance != CheckStatus.EXPIRED && rightToWorkChecked;
    }
}
