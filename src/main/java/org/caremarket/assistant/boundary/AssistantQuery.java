package org.caremarket.assistant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caremarket.assistant.entity.EmployerRates;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.SearchCriteria;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.boundary.CrossChecked;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The PA search's query parameters; numbers arrive as text so that a bad one is a 400 naming it. */
public class AssistantQuery implements CrossChecked {

    @QueryParam("postcode")
    @Parameter(description = "Where the help is needed: the person's postcode, or only its district (LS6) for someone who "
            + "would rather not say more. Used for distances only, never stored.", required = true, example = "LS6 2AA")
    @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters")
    String postcode;

    @QueryParam("slot")
    @Parameter(description = "When help is needed, as DAY:BAND; repeat for several. DAY: MON…SUN, WEEKDAYS, WEEKENDS or "
            + "EVERY_DAY; BAND: MORNING (07–12), AFTERNOON (12–17), EVENING (17–22), NIGHT (22–07). For example "
            + "slot=WEEKDAYS:MORNING&slot=SAT:EVENING.", required = true,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @NotNull(message = "is required") @Size(min = 1, max = 28, message = "must be given 1 to 28 times")
    List<@NotNull @Pattern(regexp = Week.SLOT_PATTERN, message = Week.SLOT_MESSAGE) String> slot;

    @QueryParam("skill")
    @Parameter(description = "A skill needed; repeat for several. PAs with more of them rank higher.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Skill.class))
    @Size(max = 30, message = "must be given at most 30 times")
    List<@NotNull @OneOf(Skill.class) String> skill;

    @QueryParam("maxRate")
    @Parameter(description = "The most that can be paid an hour, in pounds: PAs asking more are left out.", example = "15.00",
            schema = @Schema(type = SchemaType.NUMBER))
    @Pattern(regexp = "^\\d{1,3}(\\.\\d{1,2})?$", message = "must be pounds and pence, e.g. 15 or 14.50")
    String maxRate;

    @QueryParam("language")
    @Parameter(description = "A language the PA must speak.", example = "Urdu")
    @Size(max = 40, message = "must be at most 40 characters")
    String language;

    @QueryParam("gender")
    @Parameter(description = "The PA's gender, when it matters (for personal care, say).", schema = @Schema(implementation = Gender.class))
    @OneOf(Gender.class)
    String gender;

    @QueryParam("startDate")
    @Parameter(description = "When help should start (default today): PAs available only later are left out.", example = "2026-12-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date, YYYY-MM-DD")
    String startDate;

    @QueryParam("verifiedOnly")
    @Parameter(description = "Only PAs a council has verified with every check in date (default false).",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
    String verifiedOnly;

    @QueryParam("limit")
    @Parameter(description = "How many PAs to return, 1 to 50 (default 10: as many introductions as a key may ask for in a day).",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
    @Pattern(regexp = "^([1-9]|[1-4][0-9]|50)$", message = "must be a whole number from 1 to 50")
    String limit;

    /** A start date not in the calendar, a budget of nothing: named with the parameters' own problems. */
    @Override
    public void crossCheck(LocalDate today, List<FieldError> problems) {
        if (startDate != null && startDate.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
            ProfileInput.date("startDate", startDate, today, problems);
        }
        if (maxRate != null && maxRate.matches("^\\d{1,3}(\\.\\d{1,2})?$") && new BigDecimal(maxRate).signum() == 0) {
            problems.add(new FieldError("maxRate", "must be more than 0"));
        }
    }

    /** Where the search is from: a full postcode, or a district alone. */
    Place place(Geocoder geocoder) {
        if (Postcode.parse(postcode).isEmpty() && Postcode.parseDistrict(postcode).isPresent()) {
            return new Place(geocoder.place("postcode", postcode), Postcode.parseDistrict(postcode).get());
        }
        Located located = geocoder.require("postcode", postcode);
        return new Place(located.coordinate(), located.postcode().district());
    }

    record Place(Coordinate at, String district) {
    }

    SearchCriteria toCriteria(Place place, LocalDate today, EmployerRates rates, int dbsRenewalYears) {
        Week needed = Week.NONE;
        for (String s : slot) {
            needed = needed.with(Week.slot(s).orElseThrow());
        }
        long skills = 0;
        if (skill != null) {
            for (String s : skill) {
                skills |= Skill.valueOf(s).bit();
            }
        }
        List<FieldError> problems = new java.util.ArrayList<>();
        crossCheck(today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LocalDate start = ProfileInput.date("startDate", startDate, today, problems);
        BigDecimal max = maxRate == null ? null : new BigDecimal(maxRate);
        return new SearchCriteria(place.at().latitude(), place.at().longitude(), place.district(),
                needed, skills, max, language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT),
                OneOfValidator.parse(Gender.class, gender), start, "true".equals(verifiedOnly),
                limit == null ? 10 : Integer.parseInt(limit), rates.nationalLivingWage(), dbsRenewalYears);
    }
}
