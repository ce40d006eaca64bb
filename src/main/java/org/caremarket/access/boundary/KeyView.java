package org.caremarket.access.boundary;

import java.time.Instant;
import org.caremarket.access.entity.ApiKey;
import org.caremarket.platform.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyView", description = "An API key. The secret appears only once, in the response that issues or rotates it.")
public record KeyView(String id, Role role, String providerId, String councilCode, String subjectId, String label,
                      @Schema(description = "The first characters of the secret, to recognise it.") String hint,
                      Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                      @Schema(description = "The key itself: shown once, stored only as a hash. Send it as Authorization: Bearer <key>.")
                      String secret) {

    static KeyView of(ApiKey k, String secret) {
        return new KeyView(k.id(), k.role(), k.providerId(), k.councilCode(), k.subjectId(), k.label(), k.hint(),
                k.createdAt(), k.lastUsedAt(), k.revokedAt(), secret);
    }
}
