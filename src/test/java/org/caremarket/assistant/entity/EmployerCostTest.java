package org.caremarket.assistant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples, each figure computed by hand from the 2026-27 rates below. */
class EmployerCostTest {

    static final EmployerRates Y2026 = new EmployerRates("2026-27", LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 5),
            new BigDecimal("12.71"), new BigDecimal("0.1207"), new BigDecimal("0.15"), new BigDecimal("96"),
            new BigDecimal("10500"), new BigDecimal("0.03"), new BigDecimal("192"), new BigDecimal("120"),
            new BigDecimal("967"), new BigDecimal("75"));

    static BigDecimal m(String pounds) {
        return new BigDecimal(pounds);
    }

    @Test
    @DisplayName("R7.6 £13.00 an hour for 20 hours: holiday, National Insurance above £96, pension above £120, insurance")
    void twentyHours() {
        EmployerCost c = EmployerCost.of(Y2026, m("13.00"), m("20"), false);
        assertEquals(m("260.00"), c.pay());               // 13.00 × 20
        assertEquals(m("31.38"), c.holidayPay());         // 260.00 × 12.07% = 31.382
        assertEquals(m("291.38"), c.grossEarnings());
        assertEquals(m("29.31"), c.employerNationalInsurance()); // (291.38 − 96) × 15% = 29.307
        assertTrue(c.autoEnrolled());                     // 291.38 > 192
        assertEquals(m("5.14"), c.pension());             // (291.38 − 120) × 3% = 5.1414
        assertEquals(m("1.44"), c.insurance());           // 75 / 52 = 1.4423
        assertEquals(m("327.27"), c.totalPerWeek());
        assertEquals(m("16.36"), c.costPerHour());        // 327.27 / 20 = 16.3635
        assertEquals(m("17018.04"), c.perYear(c.totalPerWeek())); // × 52
    }

    @Test
    @DisplayName("R7.6 10 hours at the National Living Wage: below the pension trigger, and the Employment Allowance when claimed")
    void tenHoursAtTheLivingWage() {
        EmployerCost c = EmployerCost.of(Y2026, m("12.71"), m("10"), false);
        assertEquals(m("127.10"), c.pay());
        assertEquals(m("15.34"), c.holidayPay());         // 15.341
        assertEquals(m("6.97"), c.employerNationalInsurance()); // (142.44 − 96) × 15% = 6.966
        assertFalse(c.autoEnrolled());                    // 142.44 ≤ 192
        assertEquals(m("0.00"), c.pension());
        assertEquals(m("150.85"), c.totalPerWeek());      // 142.44 + 6.97 + 1.44
        assertEquals(m("15.09"), c.costPerHour());        // 15.085, half up
        assertTrue(c.notes().stream().anyMatch(n -> n.startsWith("Not auto-enrolled")), c.notes()::toString);
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("Employment Allowance")), c.notes()::toString);

        EmployerCost claimed = EmployerCost.of(Y2026, m("12.71"), m("10"), true);
        assertEquals(m("6.97"), claimed.employmentAllowanceOffset());
        assertEquals(m("143.88"), claimed.totalPerWeek());
    }

    @Test
    @DisplayName("R7.6 pay below the National Living Wage is costed but named; earnings above the upper limit earn no more pension")
    void edges() {
        EmployerCost low = EmployerCost.of(Y2026, m("11.00"), m("10"), false);
        assertTrue(low.notes().get(0).contains("below the National Living Wage"), low.notes()::toString);
        EmployerCost high = EmployerCost.of(Y2026, m("25.00"), m("40"), false);
        assertEquals(m("1120.70"), high.grossEarnings()); // 1000 + 120.70
        assertEquals(m("25.41"), high.pension());         // (967 − 120) × 3%
    }

    @Test
    @DisplayName("R7.6 how many hours a week a direct payment of £17.10 an hour for 20 hours buys at £13.00")
    void hoursABudgetBuys() {
        // 20.75 h costs 340.17 (pay 269.75, holiday 32.56, NI 30.95, pension 5.47, insurance 1.44); 21 h costs 344.46
        assertEquals(m("340.17"), EmployerCost.of(Y2026, m("13.00"), m("20.75"), false).totalPerWeek());
        assertEquals(m("344.46"), EmployerCost.of(Y2026, m("13.00"), m("21"), false).totalPerWeek());
        assertEquals(m("20.75"), EmployerCost.hoursAffordable(Y2026, m("13.00"), m("342.00"), false));
        assertEquals(m("0.00"), EmployerCost.hoursAffordable(Y2026, m("13.00"), m("1.00"), false));
    }
}
