package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.access.control.AuditSource;
import org.caremarket.access.entity.AuditRecord;
import org.caremarket.vacancy.entity.VacancyRecord;

/**
 * Providers' vacancy reports in the audit: each accepted report's history row says who sent it (key, label,
 * role), when, and the report; the report before it is the service's previous row. So a report is written once,
 * as its history row, and the audit shows it as a {@value #ACTION} of the service. Reports accepted before the
 * history kept the sender (migration V10) are in the audit table instead; awards are audited there too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportAudit implements AuditSource {

    static final String ACTION = "vacancy.replace";

    /** A report's audit entry id: the history row's key. */
    static final String ID_PREFIX = "vacancy-report:";

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Override
    public List<AuditRecord> newest(Query query, int limit) {
        if (query.action() != null && !ACTION.equals(query.action())) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        return AuditSource.newestAndTies(em, VacancyRecord.class, "SELECT r FROM VacancyRecord r", where(query, parameters),
                "r.reportedAt", parameters, limit, ReportAudit::id, VacancyRecord::reportedAt).stream()
                .map(this::entry).toList();
    }

    @Override
    public long count(Query query) {
        if (query.action() != null && !ACTION.equals(query.action())) {
            return 0;
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM VacancyRecord r" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(Query query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("r.actor IS NOT NULL"));
        conditions.addAll(query.conditions("r.reportedAt", "r.serviceId", "r.reportedBy", parameters));
        return " WHERE " + String.join(" AND ", conditions);
    }

    private AuditRecord entry(VacancyRecord r) {
        return new AuditRecord(id(r), r.reportedAt(), r.reportedBy(), r.actor(), r.actorRole(), ACTION, "CareService",
                r.serviceId(), "DONE", null, r.report());
    }

    @Override
    public AuditRecord complete(AuditRecord entry) {
        String key = entry.id().substring(ID_PREFIX.length());
        int colon = key.lastIndexOf(':');
        VacancyRecord before = em.find(VacancyRecord.class,
                new VacancyRecord.Key(key.substring(0, colon), Long.parseLong(key.substring(colon + 1)) - 1));
        return before == null ? entry : new AuditRecord(entry.id(), entry.at(), entry.keyId(), entry.actor(),
                entry.role(), entry.action(), entry.targetType(), entry.targetId(), entry.outcome(), before.report(),
                entry.after());
    }

    private static String id(VacancyRecord r) {
        return ID_PREFIX + r.serviceId() + ":" + r.version();
    }
}
