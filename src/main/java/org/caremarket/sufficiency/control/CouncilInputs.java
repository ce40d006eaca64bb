package org.caremarket.sufficiency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Locality;
import org.caremarket.sufficiency.entity.RatingOverride;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;

/**
 * What a council's commissioners enter beside the live market: reference figures (fee rates, Fair Cost of Care
 * medians, workforce, funded people by age), their localities (groupings of postcode districts) and their market
 * ratings set over the rules'. A COMMISSIONER for its own council, an ADMIN for any; every change audited.
 */
@ApplicationScoped
@Transactional
public class CouncilInputs {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Sufficiency sufficiency;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Geocoder geocoder;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceFigure> references(String council) {
        String code = sufficiency.councilFor(council).code();
        return em.createNamedQuery("ReferenceFigure.ofCouncil", ReferenceFigure.class).setParameter("council", code).getResultList();
    }

    public ReferenceFigure setReference(String council, ReferenceCode figure, BigDecimal value, LocalDate asOf, String source) {
        String code = sufficiency.councilFor(council).code();
        ReferenceFigure f = em.find(ReferenceFigure.class, new ReferenceFigure.Key(code, figure));
        Map<String, Object> before = f == null ? null : describe(f);
        if (f == null) {
            f = new ReferenceFigure(code, figure);
            f.set(value, asOf, source, today(), caller.get().label(), clock.instant());
            em.persist(f);
        } else {
            f.set(value, asOf, source, today(), caller.get().label(), clock.instant());
        }
        audit.changed(caller.get(), "sufficiency.reference.set", "ReferenceFigure", code + "/" + figure, before, describe(f));
        return f;
    }

    public void deleteReference(String council, ReferenceCode figure) {
        String code = sufficiency.councilFor(council).code();
        ReferenceFigure f = em.find(ReferenceFigure.class, new ReferenceFigure.Key(code, figure));
        if (f == null) {
            throw new NotFound(figure + " has not been entered for " + code + ".");
        }
        audit.changed(caller.get(), "sufficiency.reference.delete", "ReferenceFigure", code + "/" + figure, describe(f), null);
        em.remove(f);
    }

    static Map<String, Object> describe(ReferenceFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", f.value().toPlainString());
        m.put("asOf", f.asOf().toString());
        m.put("source", f.source());
        return m;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Locality> localities(String council) {
        String code = sufficiency.councilFor(council).code();
        return em.createNamedQuery("Locality.ofCouncil", Locality.class).setParameter("council", code).getResultList();
    }

    /** Defines (or redefines) a locality: every district must be a known postcode district. */
    public Locality defineLocality(String council, String name, List<String> districts) {
        String code = sufficiency.councilFor(council).code();
        List<FieldError> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            if (districts.get(i) == null || geocoder.district(districts.get(i)).isEmpty()) {
                unknown.add(new FieldError("districts[" + i + "]", districts.get(i) + " is not a postcode district"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        if (String.join(",", districts).length() > 1000) {
            throw InvalidInput.of("districts", "too many districts for one locality (at most 1,000 characters joined)");
        }
        Locality l = em.find(Locality.class, new Locality.Key(code, name));
        Object before = l == null ? null : l.districtList();
        if (l == null) {
            l = new Locality(code, name, Set.copyOf(districts));
            em.persist(l);
        } else {
            l.define(Set.copyOf(districts));
        }
        audit.changed(caller.get(), "sufficiency.locality.define", "Locality", code + "/" + name,
                before == null ? null : Map.of("districts", before), Map.of("districts", l.districtList()));
        return l;
    }

    public void deleteLocality(String council, String name) {
        String code = sufficiency.councilFor(council).code();
        Locality l = em.find(Locality.class, new Locality.Key(code, name));
        if (l == null) {
            throw new NotFound(code + " has no locality called '" + name + "'.");
        }
        audit.changed(caller.get(), "sufficiency.locality.delete", "Locality", code + "/" + name, Map.of("districts", l.districtList()), null);
        em.remove(l);
    }

    /** Sets a market rating over the rule's value, keeping the rule's value of this moment beside it. */
    public RatingOverride rate(String council, ServiceKind market, Dimension dimension, String rating, String reason,
                               LocalDate assessedOn) {
        String code = sufficiency.councilFor(council).code();
        Market whole = sufficiency.read(sufficiency.socialCareCouncil(code));
        String derived = sufficiency.grid(whole).stream().filter(r -> r.market() == market).findFirst()
                .flatMap(r -> r.cells().stream().filter(c -> c.dimension() == dimension).findFirst())
                .map(RatingGrid.Cell::derived).orElse(Dimension.NOT_ASSESSED);
        RatingOverride o = em.find(RatingOverride.class, new RatingOverride.Key(code, market, dimension));
        Map<String, Object> before = o == null ? null : describe(o);
        if (o == null) {
            o = new RatingOverride(code, market, dimension);
            o.set(rating, derived, reason, assessedOn, today(), caller.get().label(), clock.instant());
            em.persist(o);
        } else {
            o.set(rating, derived, reason, assessedOn, today(), caller.get().label(), clock.instant());
        }
        audit.changed(caller.get(), "sufficiency.rating.set", "MarketRating", code + "/" + market + "/" + dimension, before, describe(o));
        return o;
    }

    public void clearRating(String council, ServiceKind market, Dimension dimension) {
        String code = sufficiency.councilFor(council).code();
        RatingOverride o = em.find(RatingOverride.class, new RatingOverride.Key(code, market, dimension));
        if (o == null) {
            throw new NotFound("No rating was set for " + market + " " + dimension + " in " + code + ".");
        }
        audit.changed(caller.get(), "sufficiency.rating.clear", "MarketRating", code + "/" + market + "/" + dimension, describe(o), null);
        em.remove(o);
    }

    static Map<String, Object> describe(RatingOverride o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rating", o.rating());
        m.put("derived", o.derived());
        m.put("reason", o.reason());
        m.put("assessedOn", o.assessedOn().toString());
        return m;
    }

    Instant now() {
        return clock.instant();
    }
}
