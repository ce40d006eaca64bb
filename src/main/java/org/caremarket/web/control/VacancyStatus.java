package org.caremarket.web.control;

import java.time.Instant;
import java.util.List;
import org.caremarket.register.entity.CapacityUnit;

/**
 * What a service's latest vacancy report says now, and how old it is.
 *
 * @param available what is available now in the kind's unit; null before the first report
 * @param ageDays   whole days since the report; null before the first report
 * @param stale     the report is older than the register's freshness rule allows, or there is none
 */
public record VacancyStatus(Integer available, CapacityUnit unit, List<String> types, Boolean accepting,
                            Instant reportedAt, Long ageDays, boolean stale) {

    public boolean reported() {
        return reportedAt != null;
    }

    /** Something is available now and the service is accepting. */
    public boolean open() {
        return available != null && available > 0 && Boolean.TRUE.equals(accepting);
    }
}
