package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.entity.Role;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.brokerage.entity.SourcingMetrics;

/** Sourcing figures for a council's commissioners and brokers (ADMIN: any council, or all). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BrokerageMetrics {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** The figures for requests made in [from, to), and the council they are for (null: every council). */
    public record Figures(String councilCode, SourcingMetrics metrics) {
    }

    public Figures of(String councilCode, Instant from, Instant to) {
        caller.require(Role.COMMISSIONER, Role.BROKER, Role.ADMIN);
        String council = caller.councilFor(councilCode);
        List<CarePackage> packages = (council == null ? em.createNamedQuery("CarePackage.all", CarePackage.class)
                : em.createNamedQuery("CarePackage.inCouncil", CarePackage.class).setParameter("council", council))
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<String> ids = packages.stream().map(CarePackage::id).toList();
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            offers.addAll(em.createNamedQuery("Offer.forPackages", Offer.class)
                    .setParameter("packages", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
        }
        return new Figures(council, SourcingMetrics.of(packages, offers));
    }

    /**
     * The requests made in [from, to) for a council (every council when null), with their offers counted and their
     * awards' services and prices: sufficiency's read model, read as plain figures in three queries (no entities).
     * No caller check (sufficiency checks who reads which council's market).
     */
    public List<PackageFact> facts(String councilCode, Instant from, Instant to) {
        String where = " WHERE p.createdAt >= :from AND p.createdAt < :to" + (councilCode == null ? "" : " AND p.councilCode = :council");
        var rows = em.createQuery("SELECT p.id, p.kind, p.district, p.funding, p.urgency, p.status, p.createdAt, p.closedAt, "
                + "p.awardedOfferId FROM CarePackage p" + where, Object[].class);
        var hours = em.createQuery("SELECT p.id, SUM(v.hoursPerWeek) FROM CarePackage p JOIN p.visits v" + where
                + " GROUP BY p.id", Object[].class);
        var offers = em.createQuery("SELECT o.packageId, o.id, o.serviceId, o.price FROM Offer o, CarePackage p "
                + "WHERE o.packageId = p.id AND p.createdAt >= :from AND p.createdAt < :to"
                + (councilCode == null ? "" : " AND p.councilCode = :council"), Object[].class);
        for (var q : List.of(rows, hours, offers)) {
            q.setParameter("from", from).setParameter("to", to);
            if (councilCode != null) {
                q.setParameter("council", councilCode);
            }
        }
        java.util.Map<String, Integer> hoursOf = new java.util.HashMap<>();
        hours.getResultList().forEach(r -> hoursOf.put((String) r[0], ((Number) r[1]).intValue()));
        java.util.Map<String, Integer> sent = new java.util.HashMap<>();
        java.util.Map<String, Object[]> offerById = new java.util.HashMap<>();
        offers.getResultList().forEach(r -> {
            sent.merge((String) r[0], 1, Integer::sum);
            offerById.put((String) r[1], r);
        });
        return rows.getResultList().stream().map(r -> {
            Object[] awarded = r[8] == null ? null : offerById.get((String) r[8]);
            return new PackageFact((String) r[0], (org.caremarket.register.entity.ServiceKind) r[1], (String) r[2],
                    (org.caremarket.brokerage.entity.Funding) r[3], (org.caremarket.brokerage.entity.Urgency) r[4],
                    (org.caremarket.brokerage.entity.PackageStatus) r[5], (Instant) r[6], (Instant) r[7],
                    sent.getOrDefault((String) r[0], 0), awarded == null ? null : (String) awarded[2],
                    awarded == null ? null : (java.math.BigDecimal) awarded[3], hoursOf.getOrDefault((String) r[0], 0));
        }).toList();
    }
}
