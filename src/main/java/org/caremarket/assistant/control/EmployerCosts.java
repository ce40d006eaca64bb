package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.assistant.entity.EmployerCost;
import org.caremarket.assistant.entity.EmployerRates;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * What employing a PA really costs a person with a direct payment, at the rates of a tax year, and how many hours a
 * week their budget buys. The rates are configuration ({@link AssistantSettings}); the sums are {@link EmployerCost}'s.
 */
@ApplicationScoped
public class EmployerCosts {

    @Inject
    AssistantSettings settings;

    @Inject
    Clock clock;

    /** The cost, and what a budget at {@code budgetRate} an hour buys (absent without a rate). */
    public record Estimate(EmployerCost cost, Budget budget) {
    }

    /** A weekly budget against the cost: the hours it pays for at this pay, and what is left over (negative: short). */
    public record Budget(BigDecimal hourlyRate, BigDecimal perWeek, BigDecimal hoursItBuys, BigDecimal leftOverPerWeek) {
    }

    /** The rates of the tax year this day is in, or the latest configured when the day is beyond them. */
    public EmployerRates ratesOn(LocalDate day) {
        return settings.ratesOn(day).orElseGet(() -> settings.taxYears().get(settings.taxYears().size() - 1));
    }

    /**
     * @param taxYear the tax year whose rates apply ({@code 2026-27}), or null for the one today is in (the latest
     *                configured when today is beyond them)
     * @throws InvalidInput naming each figure that cannot be costed
     */
    public Estimate estimate(BigDecimal hourlyPay, BigDecimal hoursPerWeek, BigDecimal budgetRate,
                             boolean claimEmploymentAllowance, String taxYear) {
        List<FieldError> problems = new ArrayList<>();
        if (hourlyPay.signum() == 0) {
            problems.add(new FieldError("hourlyPay", "must be more than 0"));
        }
        if (hoursPerWeek.signum() == 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(168)) > 0) {
            problems.add(new FieldError("hoursPerWeek", "must be more than 0 and at most 168"));
        }
        if (budgetRate != null && budgetRate.signum() == 0) {
            problems.add(new FieldError("budgetHourlyRate", "must be more than 0"));
        }
        EmployerRates rates;
        if (taxYear != null) {
            rates = settings.taxYear(taxYear).orElse(null);
            if (rates == null) {
                problems.add(new FieldError("taxYear", "no rates are configured for " + taxYear + "; configured: "
                        + String.join(", ", settings.taxYears().stream().map(EmployerRates::taxYear).toList())));
            }
        } else {
            rates = ratesOn(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EmployerCost cost = EmployerCost.of(rates, hourlyPay, hoursPerWeek, claimEmploymentAllowance);
        Budget budget = null;
        if (budgetRate != null) {
            BigDecimal perWeek = budgetRate.multiply(hoursPerWeek).setScale(2, RoundingMode.HALF_UP);
            budget = new Budget(budgetRate, perWeek,
                    EmployerCost.hoursAffordable(rates, hourlyPay, perWeek, claimEmploymentAllowance),
                    perWeek.subtract(cost.totalPerWeek()));
        }
        return new Estimate(cost, budget);
    }
}
