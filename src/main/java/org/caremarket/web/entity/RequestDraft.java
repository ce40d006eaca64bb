package org.caremarket.web.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A broker's answers to the new-request question pages, as JSON, until the request is made. Only its account reads it. */
@Entity
@Table(name = "web_request_draft")
@NamedQuery(name = "RequestDraft.old", query = "DELETE FROM RequestDraft d WHERE d.updatedAt < :before")
public class RequestDraft {

    /** More than this and the answers are refused (the column's size). */
    public static final int MAX_ANSWERS = 8000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = 36, nullable = false)
    private String accountId;

    @Column(name = "answers", length = MAX_ANSWERS, nullable = false)
    private String answers;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RequestDraft() {
    }

    public RequestDraft(String accountId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.answers = "{}";
        this.updatedAt = now;
    }

    public void answer(String json, Instant now) {
        this.answers = json;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String answers() {
        return answers;
    }
}
