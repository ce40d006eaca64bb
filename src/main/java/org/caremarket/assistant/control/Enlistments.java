package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.platform.control.Writes;

/**
 * Lists many personal assistants at once, for loads no one sends through the API (the demo market): the same
 * entity and rules as a PA's own profile, without a caller to check or audit.
 */
@ApplicationScoped
public class Enlistments {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    /** Lists these PAs in one transaction, verified where a day is given. @return how many */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int enlist(List<Enlistment> batch) {
        Instant now = clock.instant();
        for (Enlistment e : batch) {
            PersonalAssistant pa = new PersonalAssistant(e.owner(), e.profile(), now);
            if (e.verifiedOn() != null) {
                pa.verify(null, e.verificationNote(), e.verifiedOn(), now);
            }
            em.persist(pa);
        }
        Writes.flush(em);
        return batch.size();
    }
}
