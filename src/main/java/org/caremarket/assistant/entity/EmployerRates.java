package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What employing someone costs beyond their pay in one tax year: configuration with its tax year (the
 * README's "Employer costs" lists the sources), never constants in code. Weekly thresholds are the ones
 * HMRC and The Pensions Regulator publish for a weekly pay period.
 *
 * @param holidayAccrual           share of hours worked accrued as paid holiday for irregular hours (12.07%)
 * @param niSecondaryThreshold     weekly earnings above which the employer pays Class 1 National Insurance
 * @param employmentAllowance      the yearly allowance an employer of care and support workers can claim against its NI
 * @param pensionTrigger           weekly earnings above which a worker is auto-enrolled
 * @param pensionLowerLimit        weekly qualifying earnings start here …
 * @param pensionUpperLimit        … and stop here
 * @param insurancePerYear         a typical employer's liability (and public liability) policy for one PA employer
 */
public record EmployerRates(String taxYear, LocalDate starts, LocalDate ends, BigDecimal nationalLivingWage,
                            BigDecimal holidayAccrual, BigDecimal niRate, BigDecimal niSecondaryThreshold,
                            BigDecimal employmentAllowance, BigDecimal pensionEmployerRate, BigDecimal pensionTrigger,
                            BigDecimal pensionLowerLimit, BigDecimal pensionUpperLimit, BigDecimal insurancePerYear) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(starts) && !day.isAfter(ends);
    }
}
