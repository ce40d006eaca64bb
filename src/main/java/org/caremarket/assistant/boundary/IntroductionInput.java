package org.caremarket.assistant.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.caremarket.assistant.entity.Introduction;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.platform.boundary.CrossChecked;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.entity.FieldError;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewIntroduction", description = "A request to be introduced to a PA. The PA sees the message, the postcode "
        + "district, the skills and times; the contact details only if they accept.")
public record IntroductionInput(
        @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters")
        @Schema(description = "Where help is needed; the PA sees only its district.", example = "LS6 2AA") String postcode,
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(example = "I need help getting up and with my tablets on weekday mornings. Could we talk?") String message,
        @Size(max = 30, message = "must list at most 30 skills") @Schema(type = SchemaType.ARRAY, implementation = Skill.class)
        List<@NotNull(message = "must not be null") @OneOf(Skill.class) String> needs,
        @Size(max = 28, message = "must list at most 28 slots") @Schema(example = "[\"WEEKDAYS:MORNING\"]")
        List<@NotNull(message = "must not be null") @Pattern(regexp = Week.SLOT_PATTERN, message = Week.SLOT_MESSAGE) String> slots,
        @NotNull(message = "is required") @Valid Contact contact) implements CrossChecked {

    @Schema(name = "IntroductionContact", description = "How the PA can reach the person once they accept: a name and at least "
            + "a phone number or an email address.")
    public record Contact(
            @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters")
            @Schema(example = "Margaret") String name,
            @Pattern(regexp = "^\\+?[0-9 ]{10,16}$", message = "must be a UK phone number, digits and spaces, e.g. 0113 496 0000")
            @Schema(example = "0113 496 0000") String phone,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters") String email) {
    }

    EnumSet<Skill> skills() {
        EnumSet<Skill> set = EnumSet.noneOf(Skill.class);
        if (needs != null) {
            needs.forEach(n -> set.add(Skill.valueOf(n)));
        }
        return set;
    }

    Week week() {
        Week week = Week.NONE;
        if (slots != null) {
            for (String s : slots) {
                week = week.with(Week.slot(s).orElseThrow());
            }
        }
        return week;
    }

    Introduction.Contact toContact() {
        return new Introduction.Contact(contact.name().strip(), blank(contact.phone()) ? null : contact.phone().strip(),
                blank(contact.email()) ? null : contact.email().strip());
    }

    /** A name alone does not reach anyone: at least a phone number or an email address. */
    @Override
    public void crossCheck(LocalDate today, List<FieldError> problems) {
        if (contact != null && blank(contact.phone()) && blank(contact.email())) {
            problems.add(new FieldError("contact", "must give a phone number or an email address"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
