package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a vacancy report is too old to trust. One rule for every read: the register's views and
 * search, the vacancy capability's reads, the stale list and the exports.
 */
@ApplicationScoped
public class Freshness {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.vacancy.stale-after-days", defaultValue = "7")
    int staleAfterDays;

    /** Reports at or after this instant are fresh. */
    public Instant freshSince() {
        return clock.instant().minus(Duration.ofDays(staleAfterDays));
    }

    /** No report at all is as stale as an old one. */
    public boolean isStale(Instant reportedAt) {
        return reportedAt == null || reportedAt.isBefore(freshSince());
    }

    public int staleAfterDays() {
        return staleAfterDays;
    }
}
