package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.caremarket.web.entity.Secrets;
import org.caremarket.web.entity.WebSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browsers' sessions, kept in the database so that any instance answers any request. A session starts when a page
 * with a form is first shown (its forms need a CSRF token), gets a new id when its person signs in (no fixation),
 * and ends at sign-out or after {@code caremarket.web.session-hours}.
 */
@ApplicationScoped
public class Sessions {

    /** A live session and the id its cookie holds. */
    public record Live(String id, WebSession session) {
    }

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.web.session-hours", defaultValue = "8")
    int hours;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebSession> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(WebSession.class, Secrets.sha256(id))).filter(s -> s.isLive(clock.instant()));
    }

    /** A new session, for this account or none; expired sessions are cleared out as new ones start. */
    @Transactional
    public Live start(String accountId) {
        em.createNamedQuery("WebSession.expired").setParameter("now", clock.instant()).executeUpdate();
        String id = Secrets.random();
        WebSession session = new WebSession(id, accountId, clock.instant(), Duration.ofHours(hours));
        em.persist(session);
        return new Live(id, session);
    }

    /** Signs in: the old session (if any) ends and a new one with a new id starts for the account. */
    @Transactional
    public Live signIn(String oldId, String accountId) {
        end(oldId);
        return start(accountId);
    }

    @Transactional
    public void end(String id) {
        if (id != null && id.length() <= 64) {
            WebSession session = em.find(WebSession.class, Secrets.sha256(id));
            if (session != null) {
                em.remove(session);
            }
        }
    }
}
