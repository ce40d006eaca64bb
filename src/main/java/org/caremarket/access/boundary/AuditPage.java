package org.caremarket.access.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage", description = "One page of the audit, newest first.")
public record AuditPage(List<AuditView> items, int page, int size, long total) {
}
