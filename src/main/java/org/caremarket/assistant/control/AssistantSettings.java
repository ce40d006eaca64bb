package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caremarket.assistant.entity.EmployerRates;
import org.caremarket.assistant.entity.SearchWeights;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PA search, introduction and employer-cost settings from MicroProfile Config (README, "Configuration"
 * and "Employer costs"). Bad settings stop the application at start-up, not at the first search.
 */
@ApplicationScoped
public class AssistantSettings {

    static final String RATES = "caremarket.employer-costs.";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.weight.availability", defaultValue = "40")
    double availability;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.weight.skills", defaultValue = "25")
    double skills;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.weight.travel", defaultValue = "15")
    double travel;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.weight.rate", defaultValue = "10")
    double rate;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.weight.verification", defaultValue = "10")
    double verification;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.dbs-renewal-years", defaultValue = "3")
    int dbsRenewalYears;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.introductions-per-day", defaultValue = "10")
    int introductionsPerDay;

    private volatile SearchWeights weights;
    private volatile List<EmployerRates> taxYears;

    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        weights();
        taxYears();
    }

    public SearchWeights weights() {
        SearchWeights w = weights;
        if (w == null) {
            w = new SearchWeights(availability, skills, travel, rate, verification);
            weights = w;
        }
        return w;
    }

    public int dbsRenewalYears() {
        return dbsRenewalYears;
    }

    public int introductionsPerDay() {
        return introductionsPerDay;
    }

    /** Every configured tax year, earliest first. */
    public List<EmployerRates> taxYears() {
        List<EmployerRates> years = taxYears;
        if (years == null) {
            years = new ArrayList<>();
            for (String year : config.getValue(RATES + "tax-years", String[].class)) {
                years.add(rates(year.strip()));
            }
            years.sort(Comparator.comparing(EmployerRates::starts));
            taxYears = List.copyOf(years);
            years = taxYears;
        }
        return years;
    }

    /** The tax year that a day falls in, if one is configured. */
    public Optional<EmployerRates> ratesOn(LocalDate day) {
        return taxYears().stream().filter(r -> r.covers(day)).findFirst();
    }

    public Optional<EmployerRates> taxYear(String name) {
        return taxYears().stream().filter(r -> r.taxYear().equals(name)).findFirst();
    }

    private EmployerRates rates(String year) {
        String p = RATES + year + ".";
        if (!year.matches("\\d{4}-\\d{2}")) {
            throw new IllegalStateException(RATES + "tax-years: " + year + " is not a tax year written like 2026-27");
        }
        LocalDate starts = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 4, 6);
        EmployerRates r = new EmployerRates(year, starts, starts.plusYears(1).minusDays(1),
                money(p + "national-living-wage"), share(p + "holiday-accrual"), share(p + "ni-rate"),
                money(p + "ni-secondary-threshold-weekly"), money(p + "employment-allowance"),
                share(p + "pension-employer-rate"), money(p + "pension-trigger-weekly"),
                money(p + "pension-lower-limit-weekly"), money(p + "pension-upper-limit-weekly"),
                money(p + "insurance-per-year"));
        if (r.pensionLowerLimit().compareTo(r.pensionUpperLimit()) >= 0) {
            throw new IllegalStateException(p + "pension-lower-limit-weekly must be below the upper limit");
        }
        return r;
    }

    private BigDecimal money(String key) {
        BigDecimal value = config.getValue(key, BigDecimal.class);
        if (value.signum() < 0) {
            throw new IllegalStateException(key + " cannot be negative");
        }
        return value;
    }

    private BigDecimal share(String key) {
        BigDecimal value = money(key);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException(key + " is a share: 0.15 for 15%");
        }
        return value;
    }
}
