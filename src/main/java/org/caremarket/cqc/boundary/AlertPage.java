package org.caremarket.cqc.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CqcAlertPage", description = "Alerts, newest first.")
public record AlertPage(List<AlertView> items, int page, int size, long total) {
}
