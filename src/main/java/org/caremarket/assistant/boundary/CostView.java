package org.caremarket.assistant.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.assistant.entity.EmployerCost;
import org.caremarket.assistant.entity.EmployerRates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmployerCost", description = "What employing a PA really costs a week and a year (52 weeks), line by line, in "
        + "pounds; and, given the direct payment's hourly rate, how many hours a week the budget buys.")
public record CostView(@Schema(example = "2026-27") String taxYear, BigDecimal hourlyPay, BigDecimal hoursPerWeek, Lines weekly,
                       Lines yearly, @Schema(description = "The total per hour of care.", example = "16.36") BigDecimal costPerHour,
                       @Schema(description = "Whether the PA's earnings are above the auto-enrolment trigger.") boolean autoEnrolled,
                       Budget budget, Rates rates, List<String> notes) {

    @Schema(name = "EmployerCostLines")
    public record Lines(BigDecimal pay, @Schema(description = "12.07% of pay for irregular hours.") BigDecimal holidayPay,
                        BigDecimal employerNationalInsurance,
                        @Schema(description = "Taken off the National Insurance when claimEmploymentAllowance=true.") BigDecimal employmentAllowance,
                        BigDecimal pension, @Schema(description = "Employer's liability insurance.") BigDecimal insurance,
                        BigDecimal total) {
    }

    @Schema(name = "EmployerCostBudget", description = "The budget as the direct payment's hourly rate × the hours a week.")
    public record Budget(BigDecimal hourlyRate, BigDecimal perWeek,
                         @Schema(description = "The most hours a week the budget pays for at this pay, to the quarter hour.")
                         BigDecimal hoursItBuys,
                         @Schema(description = "Budget less cost a week: negative when the hours asked for cost more.")
                         BigDecimal leftOverPerWeek) {
    }

    @Schema(name = "EmployerCostRates", description = "The configured rates used, from MicroProfile Config.")
    public record Rates(LocalDate starts, LocalDate ends, BigDecimal nationalLivingWage, BigDecimal holidayAccrual,
                        BigDecimal niRate, BigDecimal niSecondaryThresholdWeekly, BigDecimal employmentAllowancePerYear,
                        BigDecimal pensionEmployerRate, BigDecimal pensionTriggerWeekly, BigDecimal pensionLowerLimitWeekly,
                        BigDecimal pensionUpperLimitWeekly, BigDecimal insurancePerYear) {

        static Rates of(EmployerRates r) {
            return new Rates(r.starts(), r.ends(), r.nationalLivingWage(), r.holidayAccrual(), r.niRate(),
                    r.niSecondaryThreshold(), r.employmentAllowance(), r.pensionEmployerRate(), r.pensionTrigger(),
                    r.pensionLowerLimit(), r.pensionUpperLimit(), r.insurancePerYear());
        }
    }

    static CostView of(EmployerCost c, Budget budget) {
        Lines weekly = new Lines(c.pay(), c.holidayPay(), c.employerNationalInsurance(), c.employmentAllowanceOffset(),
                c.pension(), c.insurance(), c.totalPerWeek());
        Lines yearly = new Lines(c.perYear(c.pay()), c.perYear(c.holidayPay()), c.perYear(c.employerNationalInsurance()),
                c.perYear(c.employmentAllowanceOffset()), c.perYear(c.pension()), c.perYear(c.insurance()),
                c.perYear(c.totalPerWeek()));
        return new CostView(c.rates().taxYear(), c.hourlyPay(), c.hoursPerWeek(), weekly, yearly, c.costPerHour(),
                c.autoEnrolled(), budget, Rates.of(c.rates()), c.notes());
    }
}
