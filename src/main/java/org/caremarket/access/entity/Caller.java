package org.caremarket.access.entity;

import org.caremarket.platform.entity.Role;
import java.util.Optional;

/**
 * Who is making the request, whatever the credential was: the role and what it is bound to.
 * Anonymous callers have no role.
 */
public record Caller(String keyId, String label, Role role, String providerId, String councilCode, String subjectId) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, null, null);

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** An ADMIN, or a PROVIDER key bound to this provider. */
    public boolean actsFor(String provider) {
        return role == Role.ADMIN || (role == Role.PROVIDER && provider != null && provider.equals(providerId));
    }

    /**
     * Whose records this key keeps (a person's requests, a PA's profile): the subject the key names, or the key itself
     * when it names none, so that a reissued key for the same subject still reaches them.
     */
    public String owner() {
        return subjectId != null ? subjectId : keyId;
    }

    public Optional<String> council() {
        return Optional.ofNullable(councilCode);
    }
}
