package org.caremarket.access.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import org.caremarket.access.entity.AuditRecord;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditView", description = "One change, or one refused attempt, as the audit holds it.")
public record AuditView(@Schema(description = "The entry's id; for a provider's vacancy report, "
                                + "vacancy-report:{serviceId}:{version} (its history row).") String id, Instant at,
                        @Schema(description = "The key that made the request (none for anonymous attempts).") String keyId,
                        @Schema(description = "The key's label.") String actor,
                        String role,
                        @Schema(example = "service.update") String action,
                        @Schema(example = "CareService") String targetType,
                        String targetId,
                        @Schema(description = "DONE or DENIED.") String outcome,
                        @Schema(type = SchemaType.OBJECT, description = "The record before the change.") JsonValue before,
                        @Schema(type = SchemaType.OBJECT, description = "The record after the change.") JsonValue after) {

    static AuditView of(AuditRecord e) {
        return new AuditView(e.id(), e.at(), e.keyId(), e.actor(), e.role(), e.action(), e.targetType(), e.targetId(),
                e.outcome(), json(e.before()), json(e.after()));
    }

    private static JsonValue json(String text) {
        return text == null ? null : Json.createReader(new StringReader(text)).readValue();
    }
}
