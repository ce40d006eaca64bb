package org.caremarket.assistant.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.caremarket.assistant.entity.DbsLevel;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.boundary.CrossChecked;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.boundary.UnicodePattern;
import org.caremarket.platform.entity.FieldError;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PA's profile as the PA sends it: the whole profile each time. */
@Schema(name = "AssistantProfileInput", description = "A personal assistant's own profile. The home postcode, phone and "
        + "email are private: searchers see the postcode district only, and contact details only after the PA accepts "
        + "an introduction.")
public record ProfileInput(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        @UnicodePattern(regexp = "^[\\p{L}][\\p{L}' -]*$", message = "must be a first name: letters, spaces, hyphens and apostrophes")
        @Schema(description = "A letter of any alphabet, then letters, spaces, hyphens and apostrophes.", example = "Amira")
        String firstName,
        @NotBlank(message = "is required") @UnicodePattern(regexp = "^\\p{L}$", message = "must be one letter")
        @Schema(description = "The initial of the family name, one letter of any alphabet; searchers see 'Amira K.'.", example = "K")
        String lastInitial,
        @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters")
        @Schema(description = "Home postcode: private, used only for distances.", example = "LS6 2AA") String postcode,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 50, message = "must be at most 50")
        @Schema(description = "How far from home the PA will travel to work, in km.", example = "8") Integer travelKm,
        @Size(max = 20, message = "must list at most 20 districts")
        @Schema(description = "Postcode districts the PA will also work in, however far.", example = "[\"LS1\", \"LS2\"]")
        List<@NotNull(message = "must not be null") @Pattern(regexp = "^[A-Za-z]{1,2}\\d[A-Za-z\\d]?$",
                message = "must be a postcode district such as LS6") String> travelDistricts,
        @NotNull(message = "is required") @Size(max = 30, message = "must list at most 30 skills")
        @Schema(type = SchemaType.ARRAY, implementation = Skill.class)
        List<@NotNull(message = "must not be null") @OneOf(Skill.class) String> skills,
        @Size(max = 10, message = "must list at most 10") @Schema(description = "Training and qualifications.",
                example = "[\"Care Certificate\", \"Level 3 Diploma in Adult Care\", \"Emergency first aid at work\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> qualifications,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 60, message = "must be at most 60")
        @Schema(description = "Years of experience as a PA or care worker.", example = "4") Integer experienceYears,
        @Size(max = 10, message = "must list at most 10") @Schema(example = "[\"English\", \"Urdu\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters")
        @UnicodePattern(regexp = "^[\\p{L}][\\p{L} ()'-]*$", message = "must be the name of a language") String> languages,
        @OneOf(Gender.class) @Schema(implementation = Gender.class) String gender,
        @Size(max = 300, message = "must be at most 300 characters")
        @Schema(description = "Interests to share with the person (no contact details).", example = "Gardening, football, baking")
        String interests,
        @NotNull(message = "is required") @Valid Rate hourlyRate,
        @NotNull(message = "is required") @Valid Availability availability,
        @Valid Dbs dbs,
        @NotNull(message = "is required") @Schema(description = "Whether the PA's right to work in the UK has been checked.")
        Boolean rightToWorkChecked,
        @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date, YYYY-MM-DD")
        @Schema(description = "When the PA's public liability insurance expires: at most five years ahead, and not more than "
                + "ten years ago.", format = "date", example = "2027-08-31") String insuranceExpiry,
        @NotNull(message = "is required") @Valid Contact contact,
        @Schema(description = "Whether the PA appears in searches (default true): false to pause.") Boolean listed)
        implements CrossChecked {

    @Schema(name = "AssistantRate", description = "The hourly rate the PA asks, in pounds: one figure or a range.")
    public record Rate(
            @NotNull(message = "is required") @DecimalMin(value = "1.00", message = "must be at least 1.00")
            @DecimalMax(value = "100.00", message = "must be at most 100.00") @Digits(integer = 3, fraction = 2, message = "must be pounds and pence")
            @Schema(example = "13.50") BigDecimal from,
            @DecimalMin(value = "1.00", message = "must be at least 1.00") @DecimalMax(value = "100.00", message = "must be at most 100.00")
            @Digits(integer = 3, fraction = 2, message = "must be pounds and pence")
            @Schema(description = "Default: the same as from.", example = "15.00") BigDecimal to) {
    }

    @Schema(name = "AssistantAvailability", description = "When the PA can work each week, from a date.")
    public record Availability(
            @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date, YYYY-MM-DD")
            @Schema(description = "From when (default: today); at most two years ahead.", format = "date", example = "2026-12-01") String from,
            @NotNull(message = "is required") @Size(min = 1, max = 28, message = "must list 1 to 28 slots")
            @Schema(description = "DAY:BAND slots; DAY is MON…SUN, WEEKDAYS, WEEKENDS or EVERY_DAY; BAND is MORNING (07–12), "
                    + "AFTERNOON (12–17), EVENING (17–22) or NIGHT (22–07).", example = "[\"WEEKDAYS:MORNING\", \"SAT:AFTERNOON\"]")
            List<@NotNull(message = "must not be null") @Pattern(regexp = Week.SLOT_PATTERN, message = Week.SLOT_MESSAGE) String> slots) {
    }

    @Schema(name = "AssistantDbs", description = "The PA's Disclosure and Barring Service check.")
    public record Dbs(
            @NotNull(message = "is required") @OneOf(DbsLevel.class) @Schema(implementation = DbsLevel.class, required = true) String level,
            @NotNull(message = "is required") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date, YYYY-MM-DD")
            @Schema(description = "The certificate's date of issue.", format = "date", example = "2025-03-14") String certificateDate,
            @Schema(description = "Whether the PA subscribes to the DBS update service (default false).") Boolean updateService) {
    }

    @Schema(name = "AssistantContact", description = "How a person reaches the PA after an accepted introduction: at least one.")
    public record Contact(
            @Pattern(regexp = "^\\+?[0-9 ]{10,16}$", message = "must be a UK phone number, digits and spaces, e.g. 07700 900123")
            @Schema(example = "07700 900123") String phone,
            @Email(message = "must be an email address") @Size(max = 254, message = "must be at most 254 characters")
            @Schema(example = "amira@example.org") String email) {
    }

    /** Phone numbers and email addresses belong in contact, not in the parts searchers see. */
    private static final java.util.regex.Pattern CONTACT_DETAILS =
            java.util.regex.Pattern.compile("(\\d[\\d ]{8,}\\d)|([^\\s@]+@[^\\s@]+\\.[^\\s@]+)|(https?://)");

    /**
     * What is wrong across fields or against today: a rate range running backwards, a date not in the calendar, a DBS
     * certificate from the future, no way to reach the PA, contact details where searchers would see them. A field
     * missing or invalid on its own is left to its constraint.
     */
    @Override
    public void crossCheck(LocalDate today, List<FieldError> problems) {
        if (hourlyRate != null && hourlyRate.from() != null && hourlyRate.to() != null
                && hourlyRate.to().compareTo(hourlyRate.from()) < 0) {
            problems.add(new FieldError("hourlyRate.to", "must not be below hourlyRate.from"));
        }
        if (availability != null) {
            LocalDate availableFrom = date("availability.from", availability.from(), today, problems);
            if (availability.from() != null && availableFrom != null
                    && availableFrom.isAfter(today.plusYears(Profile.AVAILABLE_FROM_YEARS_AHEAD))) {
                problems.add(new FieldError("availability.from", "must be at most " + Profile.AVAILABLE_FROM_YEARS_AHEAD
                        + " years ahead (by " + today.plusYears(Profile.AVAILABLE_FROM_YEARS_AHEAD) + "): a listing is for "
                        + "people looking for help now"));
            }
        }
        if (dbs != null) {
            LocalDate issued = date("dbs.certificateDate", dbs.certificateDate(), null, problems);
            if (issued != null && issued.isAfter(today)) {
                problems.add(new FieldError("dbs.certificateDate", "cannot be in the future"));
            }
        }
        LocalDate insurance = date("insuranceExpiry", insuranceExpiry, null, problems);
        if (insurance != null && insurance.isAfter(today.plusYears(Profile.INSURANCE_YEARS_AHEAD))) {
            problems.add(new FieldError("insuranceExpiry", "must be at most " + Profile.INSURANCE_YEARS_AHEAD
                    + " years ahead (by " + today.plusYears(Profile.INSURANCE_YEARS_AHEAD) + "): give the expiry date on "
                    + "the policy schedule"));
        } else if (insurance != null && insurance.isBefore(today.minusYears(Profile.INSURANCE_YEARS_PAST))) {
            problems.add(new FieldError("insuranceExpiry", "must be within the last " + Profile.INSURANCE_YEARS_PAST
                    + " years (from " + today.minusYears(Profile.INSURANCE_YEARS_PAST) + "): leave it out if there is no policy"));
        }
        if (contact != null && blank(contact.phone()) && blank(contact.email())) {
            problems.add(new FieldError("contact", "must give a phone number or an email address"));
        }
        if (interests != null && CONTACT_DETAILS.matcher(interests).find()) {
            problems.add(new FieldError("interests", "must not hold phone numbers, email or web addresses: they go in contact"));
        }
        if (qualifications != null) {
            for (int i = 0; i < qualifications.size(); i++) {
                String q = qualifications.get(i) == null ? "" : qualifications.get(i).strip();
                if (CONTACT_DETAILS.matcher(q).find() || q.contains("\n")) {
                    problems.add(new FieldError("qualifications[" + i + "]", "must be one line, without contact details"));
                }
            }
        }
    }

    /**
     * The profile, not yet placed (the control geocodes the postcode), from a request whose fields passed their
     * constraints; what {@link #crossCheck} found wrong the control answers before it uses the profile.
     */
    Profile toDraft(LocalDate today) {
        BigDecimal from = hourlyRate.from();
        BigDecimal to = hourlyRate.to() == null ? from : hourlyRate.to();
        List<FieldError> none = new ArrayList<>();
        LocalDate availableFrom = date("availability.from", availability.from(), today, none);
        Week week = Week.NONE;
        for (String slot : availability.slots()) {
            week = week.with(Week.slot(slot).orElseThrow());
        }
        Profile.Dbs check = dbs == null ? null : new Profile.Dbs(OneOfValidator.parse(DbsLevel.class, dbs.level()),
                date("dbs.certificateDate", dbs.certificateDate(), null, none), Boolean.TRUE.equals(dbs.updateService()));
        LocalDate insurance = date("insuranceExpiry", insuranceExpiry, null, none);
        List<String> quals = qualifications == null ? List.of() : qualifications.stream().map(String::strip).toList();
        List<String> districts = new ArrayList<>(new LinkedHashSet<>(travelDistricts == null ? List.of()
                : travelDistricts.stream().map(d -> Postcode.parseDistrict(d).orElse(d.toUpperCase(Locale.ROOT))).toList()));
        EnumSet<Skill> skillSet = EnumSet.noneOf(Skill.class);
        skills.forEach(s -> skillSet.add(Skill.valueOf(s)));
        List<String> spoken = languages == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(
                languages.stream().map(String::strip).toList()));
        return new Profile(firstName.strip(), lastInitial.strip().toUpperCase(Locale.ROOT), postcode, null, null, null,
                travelKm, districts, skillSet, quals, experienceYears == null ? 0 : experienceYears, spoken,
                OneOfValidator.parse(Gender.class, gender), blank(interests) ? null : interests.strip(), from, to,
                availableFrom == null ? today : availableFrom, week, check, rightToWorkChecked, insurance,
                blank(contact.phone()) ? null : contact.phone().strip(), blank(contact.email()) ? null : contact.email().strip(),
                listed == null || listed);
    }

    static LocalDate date(String field, String text, LocalDate otherwise, List<FieldError> problems) {
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            problems.add(new FieldError(field, "is not a date in the calendar"));
            return otherwise;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
