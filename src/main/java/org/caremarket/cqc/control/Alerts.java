package org.caremarket.cqc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.cqc.entity.AlertKind;
import org.caremarket.cqc.entity.CqcAlert;
import org.caremarket.platform.control.Page;

/** The alerts CQC's changes raised, for the council responsible for each service. */
@ApplicationScoped
public class Alerts {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** Newest first. A COMMISSIONER or BROKER sees its own council; an ADMIN any one, or all. */
    public Page<CqcAlert> search(String council, AlertKind kind, Instant since, int page, int size) {
        String code = caller.councilFor(council);
        String where = " WHERE 1 = 1" + (code == null ? "" : " AND a.councilCode = :council")
                + (kind == null ? "" : " AND a.kind = :kind") + (since == null ? "" : " AND a.raisedAt >= :since");
        TypedQuery<CqcAlert> items = em.createQuery("SELECT a FROM CqcAlert a" + where + " ORDER BY a.raisedAt DESC, a.id",
                CqcAlert.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM CqcAlert a" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (code != null) {
                q.setParameter("council", code);
            }
            if (kind != null) {
                q.setParameter("kind", kind);
            }
            if (since != null) {
                q.setParameter("since", since);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
