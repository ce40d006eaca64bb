package org.caremarket.sufficiency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.caremarket.platform.entity.Conflict;

/**
 * An edition of a council's Market Position Statement: a draft its commissioners write (title and narrative:
 * strategic context, commissioning intentions, how to engage) and read with live figures; publishing freezes it,
 * with the figures of that moment, as a dated public document that never changes again.
 */
@Entity
@Table(name = "suff_edition")
@NamedQuery(name = "Edition.ofCouncil", query = "SELECT e FROM Edition e WHERE e.councilCode = :council ORDER BY e.createdAt DESC, e.id")
@NamedQuery(name = "Edition.publishedOfCouncil", query = "SELECT e FROM Edition e WHERE e.councilCode = :council "
        + "AND e.status = org.caremarket.sufficiency.entity.Edition.Status.PUBLISHED ORDER BY e.publishedAt DESC, e.id")
public class Edition {

    /** A draft may change; a published edition may not. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "StatementStatus")
    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "council_code", length = 9, nullable = false)
    private String councilCode;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Status status;

    /** The narrative as JSON (the wire record's form), at most 32,000 characters. */
    @Column(name = "narrative", length = 32000, nullable = false)
    private String narrative;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Edition() {
    }

    public Edition(String councilCode, String title, String narrative, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.councilCode = councilCode;
        this.title = title;
        this.narrative = narrative;
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A draft's new title and narrative; a published edition is 409. */
    public void revise(String title, String narrative, Instant now) {
        requireDraft("revised");
        this.title = title;
        this.narrative = narrative;
        this.updatedAt = now;
    }

    /** Freezes the edition, dated today. */
    public void publish(LocalDate today, Instant now) {
        requireDraft("published again");
        this.status = Status.PUBLISHED;
        this.publishedOn = today;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    private void requireDraft(String what) {
        if (status != Status.DRAFT) {
            throw new Conflict("/problems/edition-published", "The edition is published",
                    "A published Market Position Statement is a dated public document and cannot be " + what
                            + "; start a new draft instead.");
        }
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String councilCode() {
        return councilCode;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }

    public String narrative() {
        return narrative;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
