package org.caremarket.access.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.Unauthenticated;

/**
 * The caller of the current request, set once by the boundary from whatever credential came with
 * it. Controls ask it the object-level questions: may this caller change this provider's record?
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    AuditTrail audit;

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    public void set(Caller caller) {
        this.caller = caller;
    }

    /** 401 for anonymous callers, 403 for a role not in the list. */
    public Caller require(Role... roles) {
        if (caller.isAnonymous()) {
            throw new Unauthenticated("Send an API key as Authorization: Bearer <key>.");
        }
        if (!Arrays.asList(roles).contains(caller.role())) {
            throw new Forbidden("A " + caller.role() + " key cannot do this.");
        }
        return caller;
    }

    /**
     * Only an ADMIN, or a PROVIDER key bound to this provider, may change its records. A refusal is
     * audited (in a transaction of its own, since the caller's is rolled back) and is a 403.
     */
    public void requireActsFor(String providerId, String action, String targetType, String targetId) {
        DomainFailure refusal = refusal(caller, providerId);
        if (refusal instanceof Forbidden) {
            audit.denied(caller, action, targetType, targetId);
        }
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Why this caller may not change this provider's records (401 anonymous, 403 another provider's), or null when
     * it may: the rule of {@link #requireActsFor}, for work done on behalf of callers of other requests.
     */
    public static DomainFailure refusal(Caller caller, String providerId) {
        if (caller.isAnonymous()) {
            return new Unauthenticated("Send an API key as Authorization: Bearer <key>.");
        }
        if (!caller.actsFor(providerId)) {
            return new Forbidden("This key acts for " + (caller.providerId() == null ? "no provider"
                    : "provider " + caller.providerId()) + " and cannot change records of provider " + providerId + ".");
        }
        return null;
    }

    /**
     * The council a request about one council is for: an ADMIN's choice (null: every council); otherwise the key's
     * own council, which a key bound to another council may not ask about (403).
     */
    public String councilFor(String requested) {
        if (caller.is(Role.ADMIN)) {
            return requested;
        }
        String own = caller.council().orElseThrow(() -> new Forbidden("This key acts for no council."));
        if (requested != null && !requested.equals(own)) {
            throw new Forbidden("This key acts for council " + own + ", not " + requested + ".");
        }
        return own;
    }
}
