package org.caremarket.assistant.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntroductionPage", description = "One page of introductions, newest first.")
public record IntroductionPage(List<IntroductionView> items, int page, int size, long total) {
}
