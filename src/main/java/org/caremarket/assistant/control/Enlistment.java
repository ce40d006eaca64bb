package org.caremarket.assistant.control;

import java.time.LocalDate;
import org.caremarket.assistant.entity.Profile;

/**
 * A personal assistant to list in one bulk write ({@link Enlistments#enlist}): whose profile it is (the subject an
 * ASSISTANT key names), the profile, and the day a council verified them (null when none has).
 */
public record Enlistment(String owner, Profile profile, LocalDate verifiedOn, String verificationNote) {
}
