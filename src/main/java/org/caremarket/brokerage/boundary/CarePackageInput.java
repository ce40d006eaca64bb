package org.caremarket.brokerage.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CarerGender;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.brokerage.entity.Visit;
import org.caremarket.platform.boundary.CrossChecked;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A care-package request as a broker or a person sends it. */
@Schema(name = "NewCarePackage", description = "A request for care for one person.")
public record CarePackageInput(
        @Size(max = 60, message = "must be at most 60 characters")
        @Schema(description = "The council's own case reference; never shown to providers.", example = "LCC-2026-004512")
        String reference,
        @NotNull(message = "is required") @OneOf(ServiceKind.class)
        @Schema(implementation = ServiceKind.class, required = true) String kind,
        @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters")
        @Schema(description = "The person's postcode (where the care is wanted). Providers see only its district until "
                + "they are awarded the package.", example = "LS9 7TF") String postcode,
        @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
        @Schema(description = "The council responsible. A BROKER's key fixes it; a PERSON or ADMIN may leave it out when "
                + "the postcode data says which council the postcode is in. A PERSON's request belongs to the council "
                + "responsible for the postcode: where the data names it, another council is a 400.", example = "E08000035") String councilCode,
        @NotNull(message = "is required") @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$", message = "must be a date, YYYY-MM-DD")
        @Schema(description = "When the care should start: from today up to a year ahead.", format = "date", example = "2026-11-25")
        String startDate,
        @NotNull(message = "is required") @OneOf(Urgency.class)
        @Schema(implementation = Urgency.class, required = true) String urgency,
        @NotNull(message = "is required") @Valid Needs needs,
        @Valid Preferences preferences,
        @NotNull(message = "is required") @OneOf(Funding.class)
        @Schema(implementation = Funding.class, required = true) String funding,
        @DecimalMin(value = "0.01", message = "must be more than 0") @DecimalMax(value = "20000", message = "must be at most 20000")
        @Digits(integer = 5, fraction = 2, message = "must be pounds and pence")
        @Schema(description = "The most that can be paid, in pounds: a week for care homes, extra care, supported living and "
                + "Shared Lives; an hour for homecare. Services whose reported weekly fee is higher are excluded.",
                example = "1250.00") BigDecimal priceCap,
        @OneOf(RatingValue.class)
        @Schema(allOf = RatingValue.class, description = "The lowest overall CQC rating "
                + "acceptable. Default REQUIRES_IMPROVEMENT: Inadequate services are excluded. NOT_YET_RATED: no minimum.")
        String minRating,
        @Schema(description = "Whether services not yet rated by CQC may be matched (default true).") Boolean includeNotYetRated,
        @DecimalMin(value = "1", message = "must be at least 1") @DecimalMax(value = "100", message = "must be at most 100")
        @Schema(description = "How far from the person (or the family) a service may be, in km. Default "
                + "caremarket.matching.default-distance-km (15).", example = "15") Double maxDistanceKm,
        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "Anything else providers should know. No names, dates of birth or NHS numbers.") String notes)
        implements CrossChecked {

    private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @Schema(name = "CarePackageNeeds", description = "What the care must provide. Every specialism listed is required of a service.")
    public record Needs(
            @Size(max = 12, message = "must list at most 12 specialisms")
            @Schema(implementation = Specialism[].class)
            List<@NotNull(message = "must not be null") @OneOf(Specialism.class) String> specialisms,
            @OneOf(BedType.class) @Schema(allOf = BedType.class,
                    description = "Care homes: the bed type (required). NURSING and NURSING_DEMENTIA need CARE_HOME_NURSING.")
            String bedType,
            @OneOf(UnitType.class) @Schema(allOf = UnitType.class,
                    description = "Extra care: the unit type (required).") String unitType,
            @OneOf(PlacementType.class) @Schema(allOf = PlacementType.class,
                    description = "Shared Lives: the placement type (required).") String placementType,
            @Size(max = 10, message = "must list at most 10 visits")
            @Schema(description = "Homecare: hours a week by time band and days (required; each band and days once).")
            List<@NotNull(message = "must not be null") @Valid VisitInput> visits,
            @Schema(description = "Homecare: calls need two carers.") Boolean doubleHandedCalls) {
    }

    @Schema(name = "CarePackageVisit")
    public record VisitInput(
            @NotNull(message = "is required") @OneOf(TimeBand.class) @Schema(implementation = TimeBand.class, required = true) String timeBand,
            @NotNull(message = "is required") @OneOf(Days.class) @Schema(implementation = Days.class, required = true) String days,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
            @Max(value = 84, message = "must be at most 84") @Schema(example = "7") Integer hoursPerWeek) {
    }

    @Schema(name = "CarePackagePreferences", description = "What the person would like; shown to providers, not scored "
            + "(the register does not yet hold carers' languages or faiths).")
    public record Preferences(
            @OneOf(CarerGender.class) @Schema(implementation = CarerGender.class) String carerGender,
            @Size(max = 60, message = "must be at most 60 characters") @Schema(example = "Punjabi") String language,
            @Size(max = 100, message = "must be at most 100 characters") @Schema(example = "Sikh; vegetarian meals")
            String faithOrCulture,
            @Size(max = 10, message = "must be at most 10 characters")
            @Schema(description = "A second postcode to be near (family): distance counts from the nearer of the two.",
                    example = "LS8 1AB") String nearFamilyPostcode,
            @Size(max = 36, message = "must be at most 36 characters")
            @Schema(description = "The provider caring for the person now, for continuity.") String currentProviderId) {
    }

    /**
     * What is wrong across fields: the start date against today, the part of the needs the kind of care requires or
     * rules out, visits listed twice. A field that is missing or invalid on its own is left to its own constraint.
     */
    @Override
    public void crossCheck(LocalDate today, List<FieldError> problems) {
        if (startDate != null && startDate.matches(DATE)) {
            try {
                LocalDate start = LocalDate.parse(startDate);
                if (start.isBefore(today) || start.isAfter(today.plusYears(1))) {
                    problems.add(new FieldError("startDate", "must be from today (" + today + ") up to a year ahead"));
                }
            } catch (DateTimeException e) {
                problems.add(new FieldError("startDate", startDate + " is not a date"));
            }
        }
        ServiceKind serviceKind = known(ServiceKind.class, kind);
        if (serviceKind == null || needs == null) {
            return;
        }
        String lineType = switch (serviceKind) {
            case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> required(needs.bedType(), "needs.bedType", problems);
            case EXTRA_CARE -> required(needs.unitType(), "needs.unitType", problems);
            case SHARED_LIVES -> required(needs.placementType(), "needs.placementType", problems);
            default -> null;
        };
        if (serviceKind == ServiceKind.CARE_HOME_RESIDENTIAL && lineType != null && lineType.startsWith("NURSING")) {
            problems.add(new FieldError("needs.bedType", lineType + " beds are in care homes with nursing: ask for CARE_HOME_NURSING"));
        }
        notFor(serviceKind, needs.bedType(), !serviceKind.isCareHome(), "needs.bedType", "care homes", problems);
        notFor(serviceKind, needs.unitType(), serviceKind != ServiceKind.EXTRA_CARE, "needs.unitType", "extra care", problems);
        notFor(serviceKind, needs.placementType(), serviceKind != ServiceKind.SHARED_LIVES, "needs.placementType",
                "Shared Lives", problems);
        if (serviceKind == ServiceKind.HOMECARE) {
            if (needs.visits() == null || needs.visits().isEmpty()) {
                problems.add(new FieldError("needs.visits", "homecare needs at least one visit: time band, days, hours a week"));
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < needs.visits().size(); i++) {
                    VisitInput v = needs.visits().get(i);
                    if (v != null && v.timeBand() != null && v.days() != null && !seen.add(v.timeBand() + " " + v.days())) {
                        problems.add(new FieldError("needs.visits[" + i + "]", v.timeBand() + " " + v.days() + " is listed twice"));
                    }
                }
            }
        } else {
            notFor(serviceKind, needs.visits() == null || needs.visits().isEmpty() ? null : "visits", true, "needs.visits",
                    "homecare", problems);
        }
        notFor(serviceKind, Boolean.TRUE.equals(needs.doubleHandedCalls()) ? "yes" : null, serviceKind != ServiceKind.HOMECARE,
                "needs.doubleHandedCalls", "homecare", problems);
    }

    /**
     * The needs as the domain holds them, from a request whose fields passed their constraints; what {@link #crossCheck}
     * found wrong is left out (the control answers those problems before it uses the needs).
     */
    CarePackage.Needs toNeeds(double defaultDistanceKm) {
        ServiceKind serviceKind = OneOfValidator.parse(ServiceKind.class, kind);
        String lineType = switch (serviceKind) {
            case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> needs.bedType();
            case EXTRA_CARE -> needs.unitType();
            case SHARED_LIVES -> needs.placementType();
            default -> null;
        };
        List<Visit> visits = new ArrayList<>();
        if (serviceKind == ServiceKind.HOMECARE) {
            for (VisitInput v : needs.visits() == null ? List.<VisitInput>of() : needs.visits()) {
                visits.add(new Visit(OneOfValidator.parse(TimeBand.class, v.timeBand()),
                        OneOfValidator.parse(Days.class, v.days()), v.hoursPerWeek()));
            }
        }
        boolean doubleHanded = Boolean.TRUE.equals(needs.doubleHandedCalls());
        EnumSet<Specialism> groups = EnumSet.noneOf(Specialism.class);
        if (needs.specialisms() != null) {
            needs.specialisms().forEach(s -> groups.add(OneOfValidator.parse(Specialism.class, s)));
        }
        Preferences p = preferences == null ? new Preferences(null, null, null, null, null) : preferences;
        return new CarePackage.Needs(serviceKind, lineType, groups, visits, doubleHanded,
                p.carerGender() == null ? null : OneOfValidator.parse(CarerGender.class, p.carerGender()),
                blankToNull(p.language()), blankToNull(p.faithOrCulture()), OneOfValidator.parse(Funding.class, funding),
                priceCap == null ? null : priceCap.setScale(2, java.math.RoundingMode.HALF_UP),
                minRating == null ? RatingValue.REQUIRES_IMPROVEMENT : OneOfValidator.parse(RatingValue.class, minRating),
                includeNotYetRated == null || includeNotYetRated, maxDistanceKm == null ? defaultDistanceKm : maxDistanceKm,
                blankToNull(p.currentProviderId()), dateOrNull(startDate), OneOfValidator.parse(Urgency.class, urgency),
                blankToNull(reference), blankToNull(notes));
    }

    String familyPostcode() {
        return preferences == null ? null : blankToNull(preferences.nearFamilyPostcode());
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The constant a text names, or null when it names none (its own constraint says so). */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static String required(String value, String field, List<FieldError> problems) {
        if (value == null) {
            problems.add(new FieldError(field, "is required for this kind of care"));
        }
        return value;
    }

    private static void notFor(ServiceKind kind, Object value, boolean wrongKind, String field, String only,
                               List<FieldError> problems) {
        if (value != null && wrongKind) {
            problems.add(new FieldError(field, "only " + only + " requests have this, not " + kind));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
