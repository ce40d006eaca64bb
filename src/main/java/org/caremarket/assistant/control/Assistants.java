package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.caremarket.platform.entity.Versioned;

/**
 * The PA register: each PA keeps their own profile (an ASSISTANT key's subject owns one), a council
 * ADMIN marks it verified when the documents have been seen. Every change is audited without the
 * private parts (home postcode, phone, email).
 */
@ApplicationScoped
@Transactional
public class Assistants {

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Geocoder geocoder;


    @Inject
    Event<AssistantChanged> changed;

    /** What the audit keeps of a profile: no home postcode, no contact details. */
    public record Audited(String displayName, String district, int travelKm, List<String> travelDistricts,
                          List<Skill> skills, int experienceYears, List<String> languages, String gender,
                          String rateFrom, String rateTo, LocalDate availableFrom, List<String> slots, String dbsLevel,
                          LocalDate dbsCertificateDate, boolean rightToWorkChecked, LocalDate insuranceExpiry,
                          boolean listed, LocalDate verifiedOn, String verificationNote) {

        static Audited of(PersonalAssistant pa) {
            Profile p = pa.profile();
            return new Audited(p.displayName(), p.district(), p.travelKm(), p.travelDistricts(), List.copyOf(p.skills()),
                    p.experienceYears(), p.languages(), p.gender() == null ? null : p.gender().name(),
                    p.rateFrom().toPlainString(), p.rateTo().toPlainString(), p.availableFrom(), p.week().slots(),
                    p.dbs() == null ? null : p.dbs().level().name(), p.dbs() == null ? null : p.dbs().certificateDate(),
                    p.rightToWorkChecked(), p.insuranceExpiry(), p.listed(), pa.verifiedOn(), pa.verificationNote());
        }
    }

    /** The result of keeping a profile: the record, and whether this made it. */
    public record Kept(PersonalAssistant assistant, boolean created) {
    }

    /** The current ASSISTANT key's own profile. */
    public PersonalAssistant mine() {
        Caller who = caller.require(Role.ASSISTANT);
        return byOwner(who.owner()).orElseThrow(() -> new NotFound(
                "This key has no profile yet: PUT /api/assistants/me creates it."));
    }

    /**
     * Creates the caller's profile (no If-Match needed), or replaces it (If-Match with the ETag read).
     * {@code draft} is placed here: its postcode geocoded (exactly, or at the district's centre when
     * the postcode is not in the bundled data), its travel districts checked.
     */
    public Kept keep(IfMatch ifMatch, Profile draft, List<FieldError> found) {
        Caller who = caller.require(Role.ASSISTANT);
        List<FieldError> problems = new ArrayList<>(found);
        Profile placed = draft == null ? null : place(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        Optional<PersonalAssistant> existing = byOwner(who.owner());
        if (existing.isEmpty()) {
            PersonalAssistant pa = new PersonalAssistant(who.owner(), placed, now);
            em.persist(pa);
            Writes.flush(em, () -> Writes.concurrentUpdate("This key's profile was created by another request at the same time; "
                    + "read it (GET /api/assistants/me) and send its ETag in If-Match."));
            audit.changed(who, "assistant.create", "assistant", pa.id(), null, Audited.of(pa));
            changed.fire(new AssistantChanged(pa.id()));
            return new Kept(pa, true);
        }
        PersonalAssistant pa = existing.get();
        Versioned.requireCurrent(ifMatch, pa.version(), "profile");
        Audited before = Audited.of(pa);
        pa.revise(placed, now);
        Writes.flush(em);
        audit.changed(who, "assistant.update", "assistant", pa.id(), before, Audited.of(pa));
        changed.fire(new AssistantChanged(pa.id()));
        return new Kept(pa, false);
    }

    private Profile place(Profile draft, List<FieldError> problems) {
        Optional<Postcode> postcode = Postcode.parse(draft.postcode());
        Located home = null;
        if (postcode.isEmpty()) {
            problems.add(new FieldError("postcode", "is not a UK postcode"));
        } else {
            home = geocoder.locate(postcode.get()).orElse(null);
            if (home == null) {
                problems.add(new FieldError("postcode", postcode.get() + " is not a postcode in England that CareMarket knows"));
            }
        }
        for (int i = 0; i < draft.travelDistricts().size(); i++) {
            String d = draft.travelDistricts().get(i);
            if (geocoder.district(d).isEmpty()) {
                problems.add(new FieldError("travelDistricts[" + i + "]", d + " is not a postcode district in England"));
            }
        }
        if (home == null) {
            return null;
        }
        return draft.placed(home.postcode().toString(), home.postcode().district(), home.coordinate(), geocoder.councilFor(home));
    }

    /** A listed PA (or any, for an ADMIN). */
    public PersonalAssistant read(String id) {
        Caller who = caller.require(Role.PERSON, Role.BROKER, Role.COMMISSIONER, Role.ADMIN, Role.ASSISTANT);
        PersonalAssistant pa = find(id);
        if (pa == null || (!pa.listed() && !who.is(Role.ADMIN) && !pa.owner().equals(who.owner()))) {
            throw new UnknownAssistant(id);
        }
        return pa;
    }

    /** A council has seen the PA's documents. */
    public PersonalAssistant verify(String id, IfMatch ifMatch, String note) {
        Caller who = caller.require(Role.ADMIN);
        PersonalAssistant pa = lockedForChange(id, ifMatch);
        Audited before = Audited.of(pa);
        pa.verify(who.keyId(), note, LocalDate.now(clock.withZone(ZoneOffset.UTC)), clock.instant());
        Writes.flush(em);
        audit.changed(who, "assistant.verify", "assistant", pa.id(), before, Audited.of(pa));
        changed.fire(new AssistantChanged(pa.id()));
        return pa;
    }

    public PersonalAssistant withdrawVerification(String id, IfMatch ifMatch) {
        Caller who = caller.require(Role.ADMIN);
        PersonalAssistant pa = lockedForChange(id, ifMatch);
        Audited before = Audited.of(pa);
        pa.withdrawVerification(clock.instant());
        Writes.flush(em);
        audit.changed(who, "assistant.unverify", "assistant", pa.id(), before, Audited.of(pa));
        changed.fire(new AssistantChanged(pa.id()));
        return pa;
    }

    private PersonalAssistant lockedForChange(String id, IfMatch ifMatch) {
        PersonalAssistant pa = find(id);
        if (pa == null) {
            throw new UnknownAssistant(id);
        }
        Versioned.requireCurrent(ifMatch, pa.version(), "profile");
        return pa;
    }

    PersonalAssistant find(String id) {
        return id == null || id.length() > 36 ? null : em.find(PersonalAssistant.class, id);
    }

    /** For introductions: the PA, when listed. */
    PersonalAssistant listed(String id) {
        PersonalAssistant pa = find(id);
        if (pa == null || !pa.listed()) {
            throw new UnknownAssistant(id);
        }
        return pa;
    }

    Optional<PersonalAssistant> byOwner(String owner) {
        return em.createNamedQuery("PersonalAssistant.byOwner", PersonalAssistant.class).setParameter("owner", owner)
                .getResultStream().findFirst();
    }

    /**
     * Listings of the PAs changed since an instant (all, when null), for the search index; unlisted ones too. A full
     * read goes in pages by id (keyset: each page one range of the primary key), clearing the persistence context
     * after each; a read of what changed is one range of the {@code updated_at} index.
     */
    public List<ListingChange> changedSince(Instant since) {
        List<ListingChange> out = new ArrayList<>();
        if (since != null) {
            em.createQuery("SELECT a FROM PersonalAssistant a WHERE a.updatedAt >= :since", PersonalAssistant.class)
                    .setParameter("since", since).getResultStream()
                    .forEach(pa -> out.add(ListingChange.of(pa)));
            return out;
        }
        int pageSize = 5_000;
        String after = "";
        while (true) {
            List<PersonalAssistant> page = em.createQuery("SELECT a FROM PersonalAssistant a WHERE a.id > :after ORDER BY a.id",
                    PersonalAssistant.class).setParameter("after", after).setMaxResults(pageSize).getResultList();
            for (PersonalAssistant pa : page) {
                out.add(ListingChange.of(pa));
            }
            em.clear();
            if (page.size() < pageSize) {
                return out;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    public List<ListingChange> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("PersonalAssistant.byIds", PersonalAssistant.class).setParameter("ids", ids)
                .getResultStream().map(ListingChange::of)
                .toList();
    }

    /** A PA as the index reads it: its listing, or null when it is not listed. */
    public record ListingChange(String id, Listing listing, Instant updatedAt) {

        static ListingChange of(PersonalAssistant pa) {
            return new ListingChange(pa.id(), pa.listed() ? Listing.of(pa) : null, pa.updatedAt());
        }
    }
}
