package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.entity.Introduction;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.platform.control.Page;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.TooManyRequests;

/**
 * Introductions between a person looking for a PA and the PA: asked for with a short message, answered
 * by the PA; contact details pass both ways only on acceptance. One key may ask for at most
 * {@code caremarket.assistant.introductions-per-day} introductions in any 24 hours, so the register
 * cannot be harvested for contacts.
 */
@ApplicationScoped
@Transactional
public class Introductions {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Assistants assistants;

    @Inject
    Geocoder geocoder;


    @Inject
    AssistantSettings settings;

    /** This bean through its proxy, so that {@link #enrol} runs in a transaction of its own. */
    @Inject
    Introductions self;

    /** What the audit keeps of an introduction: no message, no contact details. */
    public record Audited(String assistantId, String district, String status) {
        static Audited of(Introduction i) {
            return new Audited(i.assistantId(), i.district(), i.status().name());
        }
    }

    /** An introduction, with the PA's contact details when they may be seen. */
    public record Seen(Introduction introduction, PersonalAssistant assistant) {
    }

    public Seen request(String assistantId, String postcode, Set<Skill> needs, Week slots, String message,
                        Introduction.Contact contact) {
        Caller who = caller.require(Role.PERSON, Role.BROKER);
        Located place = geocoder.require("postcode", postcode);
        PersonalAssistant pa = assistants.listed(assistantId);
        String requester = who.owner();
        Instant now = clock.instant();
        queue(requester, now);
        List<Instant> sent = em.createNamedQuery("Introduction.sentSince", Instant.class).setParameter("requester", requester)
                .setParameter("since", now.minus(Duration.ofDays(1))).getResultList();
        int limit = settings.introductionsPerDay();
        if (sent.size() >= limit) {
            Instant again = sent.get(sent.size() - limit).plus(Duration.ofDays(1));
            throw new TooManyRequests("/problems/introduction-limit", "Too many introductions today",
                    "A key may ask for " + limit + " introductions in 24 hours; the next can be asked for at " + again + ".",
                    Duration.between(now, again).toSeconds() + 1);
        }
        long open = em.createNamedQuery("Introduction.openBetween", Long.class).setParameter("requester", requester)
                .setParameter("assistant", pa.id()).getSingleResult();
        if (open > 0) {
            throw new Conflict("/problems/introduction-open", "An introduction is already waiting",
                    "You have already asked to be introduced to this PA; wait for their answer or withdraw it first.");
        }
        String council = geocoder.councilFor(place);
        Introduction i = new Introduction(pa.id(), requester, who.role().name(), council, place.postcode().district(), needs,
                slots, message, contact, now);
        em.persist(i);
        Writes.flush(em);
        audit.changed(who, "introduction.request", "introduction", i.id(), null, Audited.of(i));
        return new Seen(i, pa);
    }

    /**
     * Takes the requester's row until this transaction ends, so that their requests are checked one at a time: two
     * at once can neither both pass the daily limit nor both open an introduction to one PA. The row is made by the
     * requester's first request, in a transaction of its own (of two first requests at once, one makes it and the
     * other, turned away by its primary key, queues on it).
     */
    private void queue(String requester, Instant now) {
        if (takeTurn(requester, now) == 1) {
            return;
        }
        try {
            self.enrol(requester, now);
        } catch (RuntimeException failure) {
            if (!Writes.isUniqueViolation(failure)) {
                throw failure;
            }
        }
        if (takeTurn(requester, now) != 1) {
            throw new IllegalStateException("No queue row for an introduction requester after making it");
        }
    }

    private int takeTurn(String requester, Instant now) {
        return em.createNativeQuery("UPDATE introduction_requester SET last_asked_at = ? WHERE requester = ?")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, requester).executeUpdate();
    }

    /** Makes a requester's queue row (see {@link #queue}); throws a unique violation if another request just did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void enrol(String requester, Instant now) {
        em.createNativeQuery("INSERT INTO introduction_requester (requester, last_asked_at) VALUES (?, ?)")
                .setParameter(1, requester).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
    }

    public Page<Seen> list(int page, int size) {
        Caller who = caller.require(Role.ASSISTANT, Role.PERSON, Role.BROKER, Role.ADMIN);
        List<Introduction> found;
        long total;
        if (who.is(Role.ASSISTANT)) {
            PersonalAssistant pa = assistants.mine();
            found = em.createNamedQuery("Introduction.toAssistant", Introduction.class).setParameter("assistant", pa.id())
                    .setFirstResult(page * size).setMaxResults(size).getResultList();
            total = em.createNamedQuery("Introduction.countToAssistant", Long.class).setParameter("assistant", pa.id())
                    .getSingleResult();
        } else if (who.is(Role.ADMIN)) {
            found = em.createNamedQuery("Introduction.all", Introduction.class).setFirstResult(page * size)
                    .setMaxResults(size).getResultList();
            total = em.createNamedQuery("Introduction.countAll", Long.class).getSingleResult();
        } else {
            String requester = who.owner();
            found = em.createNamedQuery("Introduction.byRequester", Introduction.class).setParameter("requester", requester)
                    .setFirstResult(page * size).setMaxResults(size).getResultList();
            total = em.createNamedQuery("Introduction.countByRequester", Long.class).setParameter("requester", requester)
                    .getSingleResult();
        }
        return new Page<>(found.stream().map(i -> new Seen(i, assistants.find(i.assistantId()))).toList(), page, size, total);
    }

    public Seen read(String id) {
        Caller who = caller.require(Role.ASSISTANT, Role.PERSON, Role.BROKER, Role.ADMIN);
        Introduction i = find(id);
        PersonalAssistant pa = assistants.find(i.assistantId());
        if (!who.is(Role.ADMIN) && !isRequester(who, i) && !isAssistant(who, pa)) {
            denied(who, "introduction.read", i);
        }
        return new Seen(i, pa);
    }

    public Seen accept(String id, String note) {
        return answer(id, note, true);
    }

    public Seen decline(String id, String note) {
        return answer(id, note, false);
    }

    private Seen answer(String id, String note, boolean accept) {
        Caller who = caller.require(Role.ASSISTANT);
        Introduction i = find(id);
        PersonalAssistant pa = assistants.find(i.assistantId());
        if (!isAssistant(who, pa)) {
            denied(who, accept ? "introduction.accept" : "introduction.decline", i);
        }
        Audited before = Audited.of(i);
        if (accept) {
            i.accept(note, clock.instant());
        } else {
            i.decline(note, clock.instant());
        }
        Writes.flush(em);
        audit.changed(who, accept ? "introduction.accept" : "introduction.decline", "introduction", i.id(), before,
                Audited.of(i));
        return new Seen(i, pa);
    }

    public Seen withdraw(String id) {
        Caller who = caller.require(Role.PERSON, Role.BROKER);
        Introduction i = find(id);
        if (!isRequester(who, i)) {
            denied(who, "introduction.withdraw", i);
        }
        Audited before = Audited.of(i);
        i.withdraw(clock.instant());
        Writes.flush(em);
        audit.changed(who, "introduction.withdraw", "introduction", i.id(), before, Audited.of(i));
        return new Seen(i, assistants.find(i.assistantId()));
    }

    private void denied(Caller who, String action, Introduction i) {
        audit.denied(who, action, "introduction", i.id());
        throw new Forbidden("This introduction is between another person and another PA.");
    }

    private static boolean isRequester(Caller who, Introduction i) {
        return (who.is(Role.PERSON) || who.is(Role.BROKER)) && i.requestedBy().equals(who.owner());
    }

    private static boolean isAssistant(Caller who, PersonalAssistant pa) {
        return who.is(Role.ASSISTANT) && pa != null && pa.owner().equals(who.owner());
    }

    private Introduction find(String id) {
        Introduction i = id == null || id.length() > 36 ? null : em.find(Introduction.class, id);
        if (i == null) {
            throw new NotFound("There is no introduction with id " + id + ".");
        }
        return i;
    }

    /** Open introductions (waiting for an answer): the district and skills asked for, and the council. */
    public List<Object[]> open() {
        return em.createNamedQuery("Introduction.open", Object[].class).getResultList();
    }
}
