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
     * The newest {@code limit} rows of a JPQL selection, and every other at the time of the last of them, in no set
     * order: what {@link #newest} returns, for a source (or the audit table) that keeps its records as entities.
     * Changes written together share their time; taking all of the last one's lets the audit's own order (time,
     * then id) decide which are on the page, not the database's collation. The database orders by time alone, as
     * an index on it does, and can stop reading at the limit.
     *
     * @param select the selection without conditions, e.g. {@code SELECT r FROM VacancyRecord r}
     * @param where  its conditions ({@code " WHERE …"}), or empty
     * @param time   the path of the time it is ordered by, e.g. {@code r.reportedAt}
     */
    static <T> List<T> newestAndTies(jakarta.persistence.EntityManager em, Class<T> type, String select, String where,
                                     String time, Map<String, Object> parameters, int limit,
                                     java.util.function.Function<T, String> id,
                                     java.util.function.Function<T, Instant> at) {
        jakarta.persistence.TypedQuery<T> newest = em.createQuery(select + where + " ORDER BY " + time + " DESC", type);
        parameters.forEach(newest::setParameter);
        List<T> rows = newest.setMaxResults(limit).getResultList();
        if (rows.size() < limit) {
            return rows;
        }
        Map<String, T> closed = new java.util.LinkedHashMap<>();
        rows.forEach(r -> closed.put(id.apply(r), r));
        jakarta.persistence.TypedQuery<T> ties = em.createQuery(select + where + (where.isEmpty() ? " WHERE " : " AND ")
                + time + " = :last", type);
        parameters.forEach(ties::setParameter);
        ties.setParameter("last", at.apply(rows.get(rows.size() - 1))).getResultList()
                .forEach(r -> closed.putIfAbsent(id.apply(r), r));
        return new ArrayList<>(closed.values());
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
