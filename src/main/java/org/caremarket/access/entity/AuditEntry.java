package org.caremarket.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change, or one refused attempt at a change: who, in which role, did what to which record,
 * when, and the record before and after (JSON). Written in the same transaction as the change, so
 * the audit and the data cannot disagree; never updated or deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The longest state kept (a VARCHAR both databases accept); a larger one is summarised by its size. */
    static final int MAX_STATE = 32000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "key_id", length = 36)
    private String keyId;

    @Column(name = "actor", length = 100, nullable = false)
    private String actor;

    @Column(name = "actor_role", length = 20)
    private String role;

    @Column(name = "action", length = 60, nullable = false)
    private String action;

    @Column(name = "target_type", length = 40, nullable = false)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(name = "outcome", length = 20, nullable = false)
    private String outcome;

    @Column(name = "before_state", length = MAX_STATE)
    private String before;

    @Column(name = "after_state", length = MAX_STATE)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Caller caller, String action, String targetType, String targetId, String outcome, String before,
                      String after, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.at = at;
        this.keyId = caller.keyId();
        this.actor = caller.label();
        this.role = caller.role() == null ? null : caller.role().name();
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome;
        this.before = bounded(before);
        this.after = bounded(after);
    }

    private static String bounded(String state) {
        return state == null || state.length() <= MAX_STATE ? state
                : "{\"truncated\":true,\"length\":" + state.length() + "}";
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String keyId() {
        return keyId;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String outcome() {
        return outcome;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
