package org.caremarket.assistant.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a PA who travels to the person's area is not in the results; each is counted under the first that applies. */
@Schema(name = "AssistantExclusionReason", description = "Why PAs who travel to the area are not in the results.")
public enum AssistantExclusion {
    NOT_FREE_THEN("not free at any of the times needed"),
    STARTS_LATER("not starting until after the date wanted"),
    RATE_ABOVE_BUDGET("charging more an hour than the budget"),
    GENDER("not of the gender asked for"),
    LANGUAGE("not speaking the language asked for"),
    NOT_VERIFIED("not verified by a council, or a check out of date");

    private final String reason;

    AssistantExclusion(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
