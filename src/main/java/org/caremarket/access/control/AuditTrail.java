package org.caremarket.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.access.entity.AuditEntry;
import org.caremarket.access.entity.AuditRecord;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.entity.InvalidInput;

/** Writes and reads the audit of changes. */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a change in the transaction that makes it: both are kept, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Caller caller, String action, String targetType, String targetId, Object before, Object after) {
        em.persist(new AuditEntry(caller, action, targetType, targetId, "DONE", json(before), json(after),
                clock.instant()));
    }

    /** Records a refused attempt; it survives the rollback of the request that made it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Caller caller, String action, String targetType, String targetId) {
        em.persist(new AuditEntry(caller, action, targetType, targetId, "DENIED", null, null, clock.instant()));
    }

    /**
     * The deepest entry a search pages to: the audit table and every {@link AuditSource} each give their newest
     * entries up to the end of the page asked for, and the page is cut from those merged. Deeper than this, a
     * search is narrowed by time instead.
     */
    public static final int DEEPEST = 10_000;

    @Inject
    Instance<AuditSource> sources;

    /**
     * The audit, newest first, filtered by time, record, key and action: the audit table's entries and those of
     * every {@link AuditSource}, merged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditRecord> search(Instant from, Instant to, String targetId, String keyId, String action, int page,
                                    int size) {
        int end = page * size + size;
        if (end > DEEPEST) {
            throw InvalidInput.of("page", "reaches past the newest " + DEEPEST + " entries of this search (page "
                    + page + " of " + size + "): narrow it with from and to");
        }
        AuditSource.Query query = new AuditSource.Query(from, to, targetId, keyId, action);
        List<AuditRecord> merged = new ArrayList<>(newest(query, end));
        long total = count(query);
        Map<AuditRecord, AuditSource> sourceOf = new IdentityHashMap<>();
        for (AuditSource source : sources) {
            for (AuditRecord record : source.newest(query, end)) {
                merged.add(record);
                sourceOf.put(record, source);
            }
            total += source.count(query);
        }
        merged.sort(AuditRecord.NEWEST_FIRST);
        List<AuditRecord> items = merged.subList(Math.min(merged.size(), page * size), Math.min(merged.size(), end))
                .stream().map(r -> sourceOf.containsKey(r) ? sourceOf.get(r).complete(r) : r).toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * The audit table's newest {@code limit} entries, and every other entry at the time of the last of them: the
     * page is cut in the audit's own order (time, then id), which the database's collation need not share, and
     * the database orders by time alone, as its index does.
     */
    private List<AuditRecord> newest(AuditSource.Query query, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        return AuditSource.newestAndTies(em, AuditEntry.class, "SELECT a FROM AuditEntry a", where(query, parameters),
                "a.at", parameters, limit, AuditEntry::id, AuditEntry::at).stream().map(AuditRecord::of).toList();
    }

    private long count(AuditSource.Query query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where(query, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(AuditSource.Query query, Map<String, Object> parameters) {
        List<String> clauses = query.conditions("a.at", "a.targetId", "a.keyId", parameters);
        if (query.action() != null) {
            clauses.add("a.action = :action");
            parameters.put("action", query.action());
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String json(Object state) {
        return state == null ? null : JSON.toJson(state);
    }
}
