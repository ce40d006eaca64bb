package org.caremarket.assistant.boundary;

import java.util.List;
import org.caremarket.assistant.entity.Checks;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PA as a person choosing one sees them: never the home address, phone or email. */
@Schema(name = "Assistant", description = "A personal assistant as searchers see them: the district they live in, never the "
        + "address, phone or email (those only after an accepted introduction).")
public record AssistantView(String id, @Schema(example = "Amira K.") String displayName, @Schema(example = "LS6") String district,
                            int travelKm, List<String> travelDistricts, List<Skill> skills, List<String> qualifications,
                            int experienceYears, List<String> languages, Gender gender, String interests, RateView hourlyRate,
                            AvailabilityView availability, boolean listed, ChecksView checks) {

    static AssistantView of(PersonalAssistant pa, Checks checks) {
        Profile p = pa.profile();
        return new AssistantView(pa.id(), p.displayName(), p.district(), p.travelKm(), p.travelDistricts(),
                List.copyOf(p.skills()), p.qualifications(), p.experienceYears(), p.languages(), p.gender(), p.interests(),
                RateView.of(p.rateFrom(), p.rateTo()), AvailabilityView.of(p.availableFrom(), p.week()), p.listed(),
                ChecksView.of(checks));
    }
}
