package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person looking for a PA asks for: where (their postcode, as a coordinate and district), when
 * (the slots of the week, from a start date), what skills, the most they can pay an hour, and
 * optionally a language, a gender and verified PAs only. {@code payFloor} is the lowest lawful hourly
 * pay this tax year (the National Living Wage), against which the rate factor is measured.
 */
public record SearchCriteria(double latitude, double longitude, String district, Week needed, long skills,
                             BigDecimal maxRate, String language, Gender gender, LocalDate startDate,
                             boolean verifiedOnly, int limit, BigDecimal payFloor, int dbsRenewalYears) {
}
