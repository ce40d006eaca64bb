package org.caremarket.access.entity;

import java.time.Instant;
import java.util.Comparator;

/**
 * One audited change or refused attempt, wherever it is kept: an {@link AuditEntry}, or a record that another
 * capability keeps of its own changes and offers to the audit (an {@link org.caremarket.access.control.AuditSource}).
 */
public record AuditRecord(String id, Instant at, String keyId, String actor, String role, String action,
                          String targetType, String targetId, String outcome, String before, String after) {

    /** The audit's order: newest first, then by id. */
    public static final Comparator<AuditRecord> NEWEST_FIRST = Comparator.comparing(AuditRecord::at).reversed()
            .thenComparing(AuditRecord::id);

    public static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.id(), e.at(), e.keyId(), e.actor(), e.role(), e.action(), e.targetType(),
                e.targetId(), e.outcome(), e.before(), e.after());
    }
}
