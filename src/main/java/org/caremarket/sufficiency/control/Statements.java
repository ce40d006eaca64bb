package org.caremarket.sufficiency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.entity.Versioned;
import org.caremarket.sufficiency.entity.Edition;
import org.caremarket.sufficiency.entity.EditionFile;
import org.caremarket.sufficiency.entity.Narrative;

/**
 * Market Position Statement editions. A council's commissioners (or an ADMIN) draft one; a draft is theirs alone
 * (anyone else is told it does not exist) and is rendered with the live figures whenever it is read. Publishing
 * renders it once more and keeps those files: from then on anyone reads that dated edition, unchanged, without a key.
 */
@ApplicationScoped
@Transactional
public class Statements {

    static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Sufficiency sufficiency;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    static String json(Narrative n) {
        String text = JSON.toJson(n);
        if (text.length() > 32_000) {
            throw InvalidInput.of("body", "the narrative takes " + text.length() + " characters stored; at most 32,000");
        }
        return text;
    }

    public static Narrative narrative(Edition e) {
        return JSON.fromJson(e.narrative(), Narrative.class);
    }

    /** True when the caller may see and change this council's drafts. */
    boolean mayWrite(String councilCode) {
        Caller who = caller.get();
        return who.is(Role.ADMIN) || who.is(Role.COMMISSIONER) && councilCode.equals(who.council().orElse(null));
    }

    public Edition draft(String council, String title, Narrative narrative) {
        Council c = sufficiency.councilFor(council);
        Edition e = new Edition(c.code(), title, json(narrative), clock.instant());
        em.persist(e);
        audit.changed(caller.get(), "sufficiency.statement.draft", "Edition", e.id(), null, Map.of("council", c.code(), "title", title));
        return e;
    }

    /** An edition the caller may read: published ones for anyone, drafts for their council's commissioners and ADMINs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition read(String id) {
        Edition e = em.find(Edition.class, id);
        if (e == null || !e.published() && !mayWrite(e.councilCode())) {
            throw new NotFound("There is no Market Position Statement " + id + " you may read.");
        }
        return e;
    }

    Edition writable(String id) {
        caller.require(Role.COMMISSIONER, Role.ADMIN);
        Edition e = em.find(Edition.class, id);
        if (e == null || !e.published() && !mayWrite(e.councilCode())) {
            throw new NotFound("There is no Market Position Statement " + id + " you may change.");
        }
        sufficiency.councilFor(e.councilCode());
        return e;
    }

    public Edition revise(String id, IfMatch expected, String title, Narrative narrative) {
        Edition e = writable(id);
        Versioned.requireCurrent(expected, e.version(), "statement");
        Map<String, Object> before = Map.of("title", e.title(), "narrative", e.narrative());
        e.revise(title, json(narrative), clock.instant());
        audit.changed(caller.get(), "sufficiency.statement.revise", "Edition", id, before, Map.of("title", title));
        em.flush();
        return e;
    }

    /** Freezes the edition: renders it with today's figures, keeps the files, and dates it. */
    public Edition publish(String id, IfMatch expected) {
        Edition e = writable(id);
        Versioned.requireCurrent(expected, e.version(), "statement");
        e.publish(today(), clock.instant());
        Map<String, String> files = render(e);
        for (var file : files.entrySet()) {
            EditionFile.of(e.id(), file.getKey(), file.getValue()).forEach(em::persist);
        }
        audit.changed(caller.get(), "sufficiency.statement.publish", "Edition", id, Map.of("status", "DRAFT"),
                Map.of("status", "PUBLISHED", "publishedOn", e.publishedOn().toString(), "files", files.size()));
        em.flush();
        return e;
    }

    /** A council's editions the caller may see, newest first: published ones, and drafts for its own commissioners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Edition> list(String councilCode) {
        sufficiency.socialCareCouncil(councilCode);
        return em.createNamedQuery(mayWrite(councilCode) ? "Edition.ofCouncil" : "Edition.publishedOfCouncil", Edition.class)
                .setParameter("council", councilCode).getResultList();
    }

    /** One file of an edition the caller may read: stored for a published edition, rendered now for a draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String file(String id, String name) {
        Edition e = read(id);
        if (e.published()) {
            List<EditionFile> parts = em.createNamedQuery("EditionFile.of", EditionFile.class).setParameter("edition", id)
                    .setParameter("name", name).getResultList();
            if (parts.isEmpty()) {
                throw new NotFound("The statement has no file " + name + ".");
            }
            StringBuilder text = new StringBuilder();
            parts.forEach(p -> text.append(p.content()));
            return text.toString();
        }
        String text = render(e).get(name);
        if (text == null) {
            throw new NotFound("The statement has no file " + name + ".");
        }
        return text;
    }

    /** The edition's files rendered now (a draft's live figures; a publication's frozen ones). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> render(Edition e) {
        Council council = sufficiency.socialCareCouncil(e.councilCode());
        Market m = sufficiency.read(council);
        List<org.caremarket.sufficiency.entity.Indicator> indicators = Indicators.of(m);
        String dateLine = e.published() ? "Published " + e.publishedOn() : "Draft of " + today() + ", not published";
        StatementRenderer.Input in = new StatementRenderer.Input(e.title(), e.published(), dateLine, m, narrative(e), indicators,
                sufficiency.snapshots(m, 12), sufficiency.projections(m, null), sufficiency.grid(m));
        return new LinkedHashMap<>(StatementRenderer.render(in));
    }

    /** The names of an edition's files. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> fileNames(Edition e) {
        if (e.published()) {
            return em.createNamedQuery("EditionFile.names", String.class).setParameter("edition", e.id()).getResultList()
                    .stream().sorted().toList();
        }
        return List.copyOf(render(e).keySet());
    }
}
