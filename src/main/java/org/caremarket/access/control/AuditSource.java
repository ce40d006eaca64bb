package org.caremarket.access.control;

import java.time.Instant;
import java.util.List;
import org.caremarket.access.entity.AuditRecord;

/**
 * Changes that are audited where they are kept, not copied into the audit table: a capability whose every change
 * is already an append-only row saying who made it, when, and the record after it (a vacancy report's history
 * row) offers those rows to the audit's search through this, a CDI bean. Writing the same change twice, once as
 * the record and once as its audit, would double the busiest writes there are.
 */
public interface AuditSource {

    /** What an audit search asks for; a null field does not narrow it. */
    record Query(Instant from, Instant to, String targetId, String keyId, String action) {
    }

    /** The newest {@code limit} records matching, in {@link AuditRecord#NEWEST_FIRST} order. */
    List<AuditRecord> newest(Query query, int limit);

    /** How many records match. */
    long count(Query query);

    /**
     * One of its records as the audit shows it, with what {@link #newest} left out because only the records on
     * the page need it (the record before the change, say).
     */
    default AuditRecord complete(AuditRecord record) {
        return record;
    }
}
