package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What employing a PA costs a direct-payment holder a week, line by line: the pay, holiday pay accrued
 * at 12.07% of hours (irregular hours), employer's National Insurance on earnings above the secondary
 * threshold (less the Employment Allowance, when claimed), the employer's workplace pension
 * contribution when the PA is auto-enrolled, and employer's liability insurance. Every line is rounded
 * to the penny, and the total is the sum of the rounded lines, as a payroll would show them.
 */
public record EmployerCost(EmployerRates rates, BigDecimal hourlyPay, BigDecimal hoursPerWeek, BigDecimal pay,
                           BigDecimal holidayPay, BigDecimal grossEarnings, BigDecimal employerNationalInsurance,
                           BigDecimal employmentAllowanceOffset, BigDecimal pension, boolean autoEnrolled,
                           BigDecimal insurance, BigDecimal totalPerWeek, BigDecimal costPerHour, List<String> notes) {

    static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);

    public static EmployerCost of(EmployerRates r, BigDecimal hourlyPay, BigDecimal hoursPerWeek, boolean claimAllowance) {
        BigDecimal pay = pence(hourlyPay.multiply(hoursPerWeek));
        BigDecimal holiday = pence(pay.multiply(r.holidayAccrual()));
        BigDecimal gross = pay.add(holiday);
        BigDecimal ni = pence(gross.subtract(r.niSecondaryThreshold()).max(BigDecimal.ZERO).multiply(r.niRate()));
        BigDecimal allowancePerWeek = r.employmentAllowance().divide(WEEKS_PER_YEAR, 2, RoundingMode.HALF_UP);
        BigDecimal offset = claimAllowance ? ni.min(allowancePerWeek) : BigDecimal.ZERO.setScale(2);
        boolean enrolled = gross.compareTo(r.pensionTrigger()) > 0;
        BigDecimal pension = enrolled ? pence(gross.min(r.pensionUpperLimit()).subtract(r.pensionLowerLimit())
                .max(BigDecimal.ZERO).multiply(r.pensionEmployerRate())) : BigDecimal.ZERO.setScale(2);
        BigDecimal insurance = hoursPerWeek.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : r.insurancePerYear().divide(WEEKS_PER_YEAR, 2, RoundingMode.HALF_UP);
        BigDecimal total = gross.add(ni).subtract(offset).add(pension).add(insurance);
        BigDecimal perHour = hoursPerWeek.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : total.divide(hoursPerWeek, 2, RoundingMode.HALF_UP);
        List<String> notes = new ArrayList<>();
        if (hourlyPay.compareTo(r.nationalLivingWage()) < 0) {
            notes.add("£" + hourlyPay.setScale(2, RoundingMode.HALF_UP) + " an hour is below the National Living Wage for "
                    + r.taxYear() + " (£" + r.nationalLivingWage() + " an hour for workers aged 21 and over).");
        }
        if (!enrolled && gross.compareTo(r.pensionLowerLimit()) > 0) {
            notes.add("Not auto-enrolled (earnings £" + r.pensionTrigger() + " a week or less), but the PA may opt in: the "
                    + "employer would then pay " + percent(r.pensionEmployerRate()) + " of earnings above £" + r.pensionLowerLimit()
                    + " a week.");
        }
        if (!claimAllowance && ni.signum() > 0) {
            notes.add("An employer of care and support workers can usually claim the Employment Allowance (£"
                    + r.employmentAllowance().setScale(0, RoundingMode.DOWN) + " a year), which would cover this National "
                    + "Insurance.");
        }
        return new EmployerCost(r, hourlyPay, hoursPerWeek, pay, holiday, gross, ni, offset, pension, enrolled, insurance,
                total, perHour, notes);
    }

    /**
     * The most hours a week a weekly budget pays for at this hourly pay, to the quarter hour below: the
     * cost is not proportional to hours (National Insurance and the pension start at thresholds), so it
     * is found by searching.
     */
    public static BigDecimal hoursAffordable(EmployerRates r, BigDecimal hourlyPay, BigDecimal weeklyBudget, boolean claimAllowance) {
        int low = 0;
        int high = 168 * 4;
        if (of(r, hourlyPay, quarters(high), claimAllowance).totalPerWeek().compareTo(weeklyBudget) <= 0) {
            return quarters(high);
        }
        while (high - low > 1) {
            int mid = (low + high) / 2;
            if (of(r, hourlyPay, quarters(mid), claimAllowance).totalPerWeek().compareTo(weeklyBudget) <= 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return quarters(low);
    }

    private static BigDecimal quarters(int count) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal pence(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public BigDecimal perYear(BigDecimal weekly) {
        return pence(weekly.multiply(WEEKS_PER_YEAR));
    }
}
