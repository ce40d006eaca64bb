package org.caremarket.cqc.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CqcImportPage", description = "Imports, newest first (without their row errors).")
public record ImportPage(List<ImportView> items, int page, int size, long total) {
}
