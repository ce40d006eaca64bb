package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.caremarket.platform.entity.Role;

/**
 * A person's account for the pages: an email address they have confirmed, a password hash, and the same role and
 * scope an API key carries (the provider or council it acts for, the subject whose records it keeps).
 */
@Entity
@Table(name = "web_account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "email", length = 254, nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", length = 400, nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Role role;

    @Column(name = "provider_id", length = 36)
    private String providerId;

    @Column(name = "council_code", length = 9)
    private String councilCode;

    @Column(name = "subject_id", length = 36)
    private String subjectId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    /** A new account, not yet confirmed. A PERSON or ASSISTANT keeps records of their own: its id is its subject. */
    public Account(String email, String passwordHash, Role role, String providerId, String councilCode, String subjectId,
                   Instant now) {
        this.id = UUID.randomUUID().toString();
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.providerId = providerId;
        this.councilCode = councilCode;
        this.subjectId = subjectId != null ? subjectId
                : role == Role.PERSON || role == Role.ASSISTANT ? id : null;
        this.createdAt = now;
    }

    /** Email addresses are compared without case and surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
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
}
