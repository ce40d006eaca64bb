package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A link sent by email that works once, until it expires: to confirm an address or to reset a password. */
@Entity
@Table(name = "web_token")
public class OneTimeToken {

    public enum Purpose { CONFIRM, RESET }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id", length = 36, nullable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 10, nullable = false)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(String token, String accountId, Purpose purpose, Instant now, Duration lifetime) {
        this.tokenHash = Secrets.sha256(token);
        this.accountId = accountId;
        this.purpose = purpose;
        this.expiresAt = now.plus(lifetime);
    }

    /** Whether the link still works for this purpose now. */
    public boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public String accountId() {
        return accountId;
    }
}
