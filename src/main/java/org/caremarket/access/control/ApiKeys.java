package org.caremarket.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.caremarket.access.entity.ApiKey;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.control.DatabaseReady;
import org.caremarket.platform.control.KnownRecords;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issuing, checking, rotating and revoking API keys. */
@ApplicationScoped
public class ApiKeys {

    /** Whom the demo ASSISTANT key belongs to: the demo PA profile (README, "Demo keys"). */
    public static final String DEMO_ASSISTANT = "demo-assistant";

    /** Whom the demo PERSON key belongs to. */
    public static final String DEMO_PERSON = "demo-person";

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Whoever vouches for providers and councils (register, geo). */
    @Inject
    Instance<KnownRecords> knownRecords;

    /** This bean through its proxy, so that {@link #noteUse} runs in a transaction of its own. */
    @Inject
    ApiKeys self;

    @Inject
    @ConfigProperty(name = "caremarket.admin.key")
    Optional<String> bootstrapAdminKey;

    /** When each key's last use was last written, so that a busy key costs one write a minute, not one a request. */
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    /**
     * How long this instance trusts a key it has looked up without looking again. A key revoked or rotated
     * through this instance stops at once; through another instance, within this time. 0: look up every request.
     */
    @Inject
    @ConfigProperty(name = "caremarket.access.key-cache-millis", defaultValue = "1000")
    long cacheMillis;

    private record Known(Caller caller, long until) {
    }

    /** Keys looked up lately, by the hash of their secret (never the secret). */
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private static final int KNOWN_LIMIT = 10_000;

    /**
     * The caller a secret stands for, if it is a known, unrevoked key. A read outside any transaction:
     * the key's last use is written in a transaction of its own, at most once a minute per key.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> authenticate(String secret) {
        String hash = ApiKey.hash(secret);
        long nanos = System.nanoTime();
        Known cached = known.get(hash);
        Caller caller;
        if (cached != null && nanos - cached.until() < 0) {
            caller = cached.caller();
        } else {
            List<Object[]> found = em.createNamedQuery("ApiKey.callerByHash", Object[].class)
                    .setParameter("hash", hash).getResultList();
            if (found.isEmpty() || found.get(0)[7] != null) {
                known.remove(hash);
                return Optional.empty();
            }
            Object[] key = found.get(0);
            caller = new Caller((String) key[0], (String) key[1], (Role) key[2], (String) key[3], (String) key[4],
                    (String) key[5]);
            if (cacheMillis > 0) {
                if (known.size() >= KNOWN_LIMIT) {
                    known.clear();
                }
                known.put(hash, new Known(caller, nanos + cacheMillis * 1_000_000));
            }
        }
        Instant now = clock.instant();
        Instant written = lastWritten.get(caller.keyId());
        if (written == null || written.plusSeconds(60).isBefore(now)) {
            lastWritten.put(caller.keyId(), now);
            self.noteUse(caller.keyId(), now);
        }
        return Optional.of(caller);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void noteUse(String keyId, Instant now) {
        em.createNamedQuery("ApiKey.noteUse").setParameter("now", now).setParameter("id", keyId).executeUpdate();
    }

    @Transactional
    public ApiKey.Issued issue(Caller by, Role role, String providerId, String councilCode, String subjectId, String label) {
        if (role == Role.PROVIDER && providerId == null) {
            throw InvalidInput.of("providerId", "a PROVIDER key must name the provider it acts for");
        }
        if (role.needsCouncil() && councilCode == null) {
            throw InvalidInput.of("councilCode", "a " + role + " key must name the council it acts for");
        }
        if (role == Role.PROVIDER) {
            requireKnown(KnownRecords.Kind.PROVIDER, "providerId", providerId);
        }
        if (role.needsCouncil()) {
            requireKnown(KnownRecords.Kind.SOCIAL_CARE_COUNCIL, "councilCode", councilCode);
        }
        ApiKey.Issued issued = ApiKey.issue(role, role == Role.PROVIDER ? providerId : null,
                role.needsCouncil() ? councilCode : null, subjectId, label, by.keyId(), clock.instant());
        em.persist(issued.key());
        Writes.flush(em);
        audit.changed(by, "key.issue", "ApiKey", issued.key().id(), null, summary(issued.key()));
        return issued;
    }

    /**
     * A key acts for a provider the register holds, or a council with social care duties: asked of the capability
     * that owns them through platform's {@link KnownRecords}, since access imports none of them.
     */
    private void requireKnown(KnownRecords.Kind kind, String field, String id) {
        KnownRecords owner = knownRecords.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No capability answers for " + kind + " records"));
        owner.whyNot(id).ifPresent(why -> {
            throw InvalidInput.of(field, why);
        });
    }

    /** A new secret for a key: ADMIN for any, a PROVIDER for its own provider's keys. */
    @Transactional
    public ApiKey.Issued rotate(Caller by, String id) {
        ApiKey key = manageable(by, id, "key.rotate");
        String secret = key.rotate();
        Writes.flush(em);
        forget(id);
        audit.changed(by, "key.rotate", "ApiKey", id, null, summary(key));
        return new ApiKey.Issued(key, secret);
    }

    @Transactional
    public ApiKey revoke(Caller by, String id) {
        ApiKey key = manageable(by, id, "key.revoke");
        Map<String, Object> before = summary(key);
        key.revoke(clock.instant());
        Writes.flush(em);
        forget(id);
        audit.changed(by, "key.revoke", "ApiKey", id, before, summary(key));
        return key;
    }

    /** A revoked or rotated key is looked up again at its next use (on this instance; others within the cache time). */
    private void forget(String keyId) {
        known.values().removeIf(k -> k.caller().keyId().equals(keyId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> visibleTo(Caller by) {
        return em.createNamedQuery("ApiKey.all", ApiKey.class).getResultStream()
                .filter(k -> by.is(Role.ADMIN) || (k.providerId() != null && k.providerId().equals(by.providerId())))
                .toList();
    }

    /** A key whose secret is fixed elsewhere: one of the documented demo keys. */
    public record FixedKey(Role role, String providerId, String councilCode, String subjectId, String label,
                           String secret) {
    }

    /** Keys with secrets fixed elsewhere: the demo keys, only ever installed with the demo market. */
    @Transactional
    public void install(List<FixedKey> keys) {
        Instant now = clock.instant();
        for (FixedKey k : keys) {
            em.persist(ApiKey.withSecret(k.role(), k.providerId(), k.councilCode(), k.subjectId(), k.label(), k.secret(), now));
        }
        Writes.flush(em);
    }

    void onReady(@Observes DatabaseReady ready) {
        self.installBootstrapAdmin();
    }

    /** An operator's first ADMIN key, from {@code CAREMARKET_ADMIN_KEY}, when it is not registered yet. */
    @Transactional
    public void installBootstrapAdmin() {
        bootstrapAdminKey.filter(k -> !k.isBlank()).ifPresent(secret -> {
            if (secret.length() < 32) {
                throw new IllegalStateException("CAREMARKET_ADMIN_KEY must be at least 32 characters of random text");
            }
            boolean known = !em.createNamedQuery("ApiKey.byHash", ApiKey.class)
                    .setParameter("hash", ApiKey.hash(secret)).getResultList().isEmpty();
            if (!known) {
                em.persist(ApiKey.withSecret(Role.ADMIN, null, null, null, "bootstrap admin", secret, clock.instant()));
                LOG.info("Registered the ADMIN key given in CAREMARKET_ADMIN_KEY");
            }
        });
    }

    private ApiKey manageable(Caller by, String id, String action) {
        ApiKey key = Optional.ofNullable(id == null ? null : em.find(ApiKey.class, id))
                .orElseThrow(() -> new NotFound("There is no API key with id " + id + "."));
        boolean own = by.is(Role.PROVIDER) && key.providerId() != null && key.providerId().equals(by.providerId());
        if (!by.is(Role.ADMIN) && !own) {
            audit.denied(by, action, "ApiKey", id);
            throw new Forbidden("Only an ADMIN, or the provider the key acts for, can change this key.");
        }
        return key;
    }

    static Map<String, Object> summary(ApiKey key) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("role", key.role().name());
        map.put("label", key.label());
        map.put("hint", key.hint());
        if (key.providerId() != null) {
            map.put("providerId", key.providerId());
        }
        if (key.councilCode() != null) {
            map.put("councilCode", key.councilCode());
        }
        if (key.revokedAt() != null) {
            map.put("revokedAt", key.revokedAt().toString());
        }
        return map;
    }
}
