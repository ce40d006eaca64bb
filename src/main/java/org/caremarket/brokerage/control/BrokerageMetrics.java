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
     * awards' services and prices: sufficiency's read model. No caller check (sufficiency checks who reads which
     * council's market).
     */
    public List<PackageFact> facts(String councilCode, Instant from, Instant to) {
        List<CarePackage> packages = (councilCode == null ? em.createNamedQuery("CarePackage.all", CarePackage.class)
                : em.createNamedQuery("CarePackage.inCouncil", CarePackage.class).setParameter("council", councilCode))
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<String> ids = packages.stream().map(CarePackage::id).toList();
        java.util.Map<String, Integer> sent = new java.util.HashMap<>();
        java.util.Map<String, Offer> byId = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            for (Offer o : em.createNamedQuery("Offer.forPackages", Offer.class)
                    .setParameter("packages", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()) {
                sent.merge(o.packageId(), 1, Integer::sum);
                byId.put(o.id(), o);
            }
        }
        return packages.stream().map(p -> {
            Offer awarded = p.awardedOfferId() == null ? null : byId.get(p.awardedOfferId());
            return new PackageFact(p.id(), p.kind(), p.district(), p.funding(), p.urgency(), p.status(), p.createdAt(),
                    p.closedAt(), sent.getOrDefault(p.id(), 0), awarded == null ? null : awarded.serviceId(),
                    awarded == null ? null : awarded.price(), p.hoursPerWeek());
        }).toList();
    }
}
