package org.caremarket.access.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        /**
         * The JPQL conditions on time, record and key, over the paths a source keeps them in, adding their
         * parameters; the action is each source's own to match.
         */
        public List<String> conditions(String time, String target, String key, Map<String, Object> parameters) {
            List<String> conditions = new ArrayList<>();
            if (from != null) {
                conditions.add(time + " >= :from");
                parameters.put("from", from);
            }
            if (to != null) {
                conditions.add(time + " < :to");
                parameters.put("to", to);
            }
            if (targetId != null) {
                conditions.add(target + " = :target");
                parameters.put("target", targetId);
            }
            if (keyId != null) {
                conditions.add(key + " = :key");
                parameters.put("key", keyId);
            }
            return conditions;
        }
    }

    /**
     * The newest {@code limit} records matching, and any others at the time of the last of them, in any order:
     * the audit sorts them ({@link AuditRecord#NEWEST_FIRST}) and cuts the page.
     */
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
