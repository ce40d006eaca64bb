package org.caremarket.assistant.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caremarket.assistant.entity.Checks;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The PA's own profile, private parts included: only the PA sees it. */
@Schema(name = "AssistantProfile", description = "A PA's own profile as they keep it, with the private parts (home postcode, "
        + "contact details) that only they see.")
public record ProfileView(String id, String displayName, String firstName, String lastInitial, String postcode,
                          String district, String councilCode, int travelKm, List<String> travelDistricts, List<Skill> skills,
                          List<String> qualifications, int experienceYears, List<String> languages, Gender gender,
                          String interests, RateView hourlyRate, AvailabilityView availability, DbsView dbs,
                          boolean rightToWorkChecked, LocalDate insuranceExpiry, ContactView contact, boolean listed,
                          ChecksView checks, Instant updatedAt) {

    @Schema(name = "AssistantDbsView")
    public record DbsView(String level, LocalDate certificateDate, boolean updateService) {
    }

    @Schema(name = "SharedContact", description = "How to reach someone: shown only where they have agreed.")
    public record ContactView(String name, String phone, String email) {
    }

    static ProfileView of(PersonalAssistant pa, Checks checks) {
        Profile p = pa.profile();
        return new ProfileView(pa.id(), p.displayName(), p.firstName(), p.lastInitial(), p.postcode(), p.district(),
                p.councilCode(), p.travelKm(), p.travelDistricts(), List.copyOf(p.skills()), p.qualifications(),
                p.experienceYears(), p.languages(), p.gender(), p.interests(), RateView.of(p.rateFrom(), p.rateTo()),
                AvailabilityView.of(p.availableFrom(), p.week()),
                p.dbs() == null ? null : new DbsView(p.dbs().level().name(), p.dbs().certificateDate(), p.dbs().updateService()),
                p.rightToWorkChecked(), p.insuranceExpiry(), new ContactView(p.displayName(), p.phone(), p.email()), p.listed(),
                ChecksView.of(checks), pa.updatedAt());
    }
}
