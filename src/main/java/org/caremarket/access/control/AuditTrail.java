package org.caremarket.access.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import java.util.Map;
import org.caremarket.access.entity.AuditEntry;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.control.Page;

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

    /** {@link #changed}, for a writer that has the states as JSON already (it keeps them elsewhere too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedJson(Caller caller, String action, String targetType, String targetId, String beforeJson,
                            String afterJson) {
        em.persist(new AuditEntry(caller, action, targetType, targetId, "DONE", beforeJson, afterJson, clock.instant()));
    }

    /** Records a refused attempt; it survives the rollback of the request that made it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Caller caller, String action, String targetType, String targetId) {
        em.persist(new AuditEntry(caller, action, targetType, targetId, "DENIED", null, null, clock.instant()));
    }

    /** The audit, newest first, filtered by time, record, key and action. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> search(Instant from, Instant to, String targetId, String keyId, String action, int page,
                                   int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (from != null) {
            clauses.add("a.at >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            clauses.add("a.at < :to");
            parameters.put("to", to);
        }
        if (targetId != null) {
            clauses.add("a.targetId = :target");
            parameters.put("target", targetId);
        }
        if (keyId != null) {
            clauses.add("a.keyId = :key");
            parameters.put("key", keyId);
        }
        if (action != null) {
            clauses.add("a.action = :action");
            parameters.put("action", action);
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        TypedQuery<AuditEntry> items = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.at DESC, a.id",
                AuditEntry.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    private static String json(Object state) {
        return state == null ? null : JSON.toJson(state);
    }
}
