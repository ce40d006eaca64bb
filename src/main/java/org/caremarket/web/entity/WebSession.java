package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser's session: the SHA-256 of the id its cookie holds, the account once signed in, and the CSRF token its
 * forms must send back. It ends at {@code expiresAt}, or when the person signs out.
 */
@Entity
@Table(name = "web_session")
@NamedQuery(name = "WebSession.expired", query = "DELETE FROM WebSession s WHERE s.expiresAt < :now")
public class WebSession {

    @Id
    @Column(name = "id_hash", length = 64)
    private String idHash;

    @Column(name = "account_id", length = 36)
    private String accountId;

    @Column(name = "csrf_token", length = 64, nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected WebSession() {
    }

    public WebSession(String id, String accountId, Instant now, Duration lifetime) {
        this.idHash = Secrets.sha256(id);
        this.accountId = accountId;
        this.csrfToken = Secrets.random();
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isLive(Instant now) {
        return now.isBefore(expiresAt);
    }

    public String accountId() {
        return accountId;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
