package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.brokerage.control.CarePackages;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.Role;
import org.caremarket.web.entity.RequestDraft;

/**
 * The new-request question pages' answers, kept between pages for the broker who gives them (anyone else is told
 * there is no such draft), and the request made from them by brokerage's {@code CarePackages.request}, which checks
 * everything again as for the API. Drafts untouched for 30 days are cleared out as new ones start.
 */
@ApplicationScoped
@Transactional
public class RequestDrafts {

    static final Jsonb JSON = JsonbBuilder.create();
    static final Type MAP = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    CarePackages packages;

    @Inject
    Clock clock;

    public RequestDraft start() {
        String owner = caller.require(Role.BROKER, Role.ADMIN).keyId();
        em.createNamedQuery("RequestDraft.old").setParameter("before", clock.instant().minus(Duration.ofDays(30))).executeUpdate();
        RequestDraft d = new RequestDraft(owner, clock.instant());
        em.persist(d);
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Map<String, String>> answers(String id) {
        return mine(id).map(d -> JSON.fromJson(d.answers(), MAP));
    }

    /** Adds these answers to the draft's (an empty value removes one); false when the draft is not the caller's. */
    public boolean save(String id, Map<String, String> answers) {
        Optional<RequestDraft> d = mine(id);
        if (d.isEmpty()) {
            return false;
        }
        Map<String, String> all = JSON.fromJson(d.get().answers(), MAP);
        answers.forEach((k, v) -> {
            if (v == null || v.isEmpty()) {
                all.remove(k);
            } else {
                all.put(k, v);
            }
        });
        String json = JSON.toJson(all);
        if (json.length() > RequestDraft.MAX_ANSWERS) {
            throw new IllegalArgumentException("answers too long");
        }
        d.get().answer(json, clock.instant());
        return true;
    }

    /** Makes the request (brokerage checks it as for the API) and deletes the draft. */
    public CarePackage submit(String id, CarePackage.Needs needs, String postcode, String familyPostcode, List<FieldError> found) {
        RequestDraft d = mine(id).orElseThrow(() -> new org.caremarket.platform.entity.NotFound("There is no such draft."));
        CarePackage p = packages.request(needs, postcode, familyPostcode, null, found);
        em.remove(d);
        return p;
    }

    private Optional<RequestDraft> mine(String id) {
        String owner = caller.get().keyId();
        if (id == null || owner == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(RequestDraft.class, id)).filter(d -> d.accountId().equals(owner));
    }
}
