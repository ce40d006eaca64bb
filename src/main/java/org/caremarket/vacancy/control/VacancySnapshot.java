package org.caremarket.vacancy.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.caremarket.vacancy.entity.VacancyLine;

/** A service's current vacancy report as matching reads it: a value, detached from the database. */
public record VacancySnapshot(String serviceId, long version, Instant reportedAt, boolean accepting,
                              BigDecimal weeklyFee, boolean doubleHandedCalls, List<VacancyLine> lines) {
}
