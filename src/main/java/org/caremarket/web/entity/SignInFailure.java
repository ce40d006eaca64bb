package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins in a row for one email address (kept by its SHA-256, whether or not an account has it): after
 * {@code limit} of them, sign-in is refused until the lock ends, and a success clears the count.
 */
@Entity
@Table(name = "web_sign_in_failure")
public class SignInFailure {

    @Id
    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failed", nullable = false)
    private Instant lastFailed;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailure() {
    }

    public SignInFailure(String emailHash, Instant now) {
        this.emailHash = emailHash;
        this.lastFailed = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more failure; the {@code limit}th in a row locks sign-in for {@code lock}. A lock that has ended starts a new count. */
    public void failed(Instant now, int limit, Duration lock) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailed = now;
        if (failures >= limit) {
            lockedUntil = now.plus(lock);
        }
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
