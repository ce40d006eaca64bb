package org.caremarket.access.entity;

import org.caremarket.platform.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.caremarket.platform.entity.Conflict;

/**
 * A machine credential. Only the SHA-256 hash of the secret is stored: the secret is 256 random
 * bits, so a fast hash is enough (nothing to brute-force), and a lookup by hash is one index probe.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byHash", query = "SELECT k FROM ApiKey k WHERE k.hash = :hash")
@NamedQuery(name = "ApiKey.callerByHash", query = "SELECT k.id, k.label, k.role, k.providerId, k.councilCode, "
        + "k.subjectId, k.hash, k.revokedAt FROM ApiKey k WHERE k.hash = :hash")
@NamedQuery(name = "ApiKey.noteUse", query = "UPDATE ApiKey k SET k.lastUsedAt = :now WHERE k.id = :id")
@NamedQuery(name = "ApiKey.all", query = "SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id")
@NamedQuery(name = "ApiKey.activeAdmins", query = "SELECT COUNT(k) FROM ApiKey k WHERE k.role = org.caremarket.platform.entity.Role.ADMIN AND k.revokedAt IS NULL")
public class ApiKey {

    static final String PREFIX = "cm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "hash", length = 64, nullable = false, unique = true)
    private String hash;

    @Column(name = "hint", length = 12, nullable = false)
    private String hint;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Role role;

    @Column(name = "provider_id", length = 36)
    private String providerId;

    @Column(name = "council_code", length = 9)
    private String councilCode;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(name = "label", length = 100, nullable = false)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 36)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiKey() {
    }

    private ApiKey(Role role, String providerId, String councilCode, String subjectId, String label, String secret,
                   String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.role = role;
        this.providerId = providerId;
        this.councilCode = councilCode;
        this.subjectId = subjectId;
        this.label = label;
        this.hash = hash(secret);
        this.hint = secret.substring(0, Math.min(10, secret.length()));
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A key and its secret, which exists only here and in the one response that shows it. */
    public record Issued(ApiKey key, String secret) {
    }

    public static Issued issue(Role role, String providerId, String councilCode, String subjectId, String label,
                               String createdBy, Instant now) {
        String secret = newSecret();
        return new Issued(new ApiKey(role, providerId, councilCode, subjectId, label, secret, createdBy, now), secret);
    }

    /** A key with a secret chosen elsewhere: the documented demo keys, or an operator's first ADMIN key. */
    public static ApiKey withSecret(Role role, String providerId, String councilCode, String subjectId, String label,
                                    String secret, Instant now) {
        return new ApiKey(role, providerId, councilCode, subjectId, label, secret, null, now);
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A new secret for the same key; the old one stops working at once. */
    public String rotate() {
        requireActive();
        String secret = newSecret();
        this.hash = hash(secret);
        this.hint = secret.substring(0, 10);
        return secret;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new Conflict("/problems/key-revoked", "The key is revoked", "Key " + id + " is revoked; issue a new one.");
        }
    }

    public String id() {
        return id;
    }

    public String hint() {
        return hint;
    }

    public Role role() {
        return role;
    }

    public String providerId() {
        return providerId;
    }

    public String councilCode() {
        return councilCode;
    }

    public String subjectId() {
        return subjectId;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
