package org.caremarket.assistant.boundary;

import java.time.Instant;
import java.util.List;
import org.caremarket.assistant.control.Introductions;
import org.caremarket.assistant.entity.Introduction;
import org.caremarket.assistant.entity.IntroductionStatus;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Introduction", description = "An introduction between a person and a PA. Contact details of both sides are "
        + "present only once the PA has ACCEPTED.")
public record IntroductionView(String id, Party assistant, IntroductionStatus status,
                               @Schema(description = "PERSON or BROKER.") String requesterRole,
                               @Schema(description = "The person's postcode district.", example = "LS6") String district,
                               List<Skill> needs, AvailabilityView slots, String message, String answer, Instant createdAt,
                               Instant answeredAt,
                               @Schema(description = "The PA's contact details: only when ACCEPTED.") ProfileView.ContactView assistantContact,
                               @Schema(description = "The person's contact details: only when ACCEPTED.") ProfileView.ContactView requesterContact) {

    @Schema(name = "IntroducedAssistant")
    public record Party(String id, @Schema(example = "Amira K.") String displayName, @Schema(example = "LS6") String district) {
    }

    static IntroductionView of(Introductions.Seen seen) {
        Introduction i = seen.introduction();
        PersonalAssistant pa = seen.assistant();
        boolean shared = i.contactsShared();
        Introduction.Contact requester = i.requesterContact();
        return new IntroductionView(i.id(), new Party(pa.id(), pa.displayName(), pa.district()), i.status(), i.requesterRole(),
                i.district(), i.needs(), i.slots().isEmpty() ? null : AvailabilityView.of(null, i.slots()), i.message(),
                i.answer(), i.createdAt(), i.answeredAt(),
                shared ? new ProfileView.ContactView(pa.displayName(), pa.phone(), pa.email()) : null,
                shared ? new ProfileView.ContactView(requester.name(), requester.phone(), requester.email()) : null);
    }
}
