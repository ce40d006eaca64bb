package org.caremarket.cqc.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/** CQC's words, as its directory file and API spell them, in the register's terms. */
public final class CqcVocabulary {

    /**
     * Service types by the directory's name and by the API's description of them, lower case. Doctors, dentists,
     * hospitals and the other kinds of service CQC regulates are not here: the register does not hold them.
     */
    private static final Map<String, ServiceKind> SERVICE_TYPES = Map.ofEntries(
            Map.entry("nursing homes", ServiceKind.CARE_HOME_NURSING),
            Map.entry("care home service with nursing", ServiceKind.CARE_HOME_NURSING),
            Map.entry("residential homes", ServiceKind.CARE_HOME_RESIDENTIAL),
            Map.entry("care home service without nursing", ServiceKind.CARE_HOME_RESIDENTIAL),
            Map.entry("homecare agencies", ServiceKind.HOMECARE),
            Map.entry("domiciliary care service", ServiceKind.HOMECARE),
            Map.entry("supported living", ServiceKind.SUPPORTED_LIVING),
            Map.entry("supported living service", ServiceKind.SUPPORTED_LIVING),
            Map.entry("extra care housing services", ServiceKind.EXTRA_CARE),
            Map.entry("supported housing", ServiceKind.EXTRA_CARE),
            Map.entry("shared lives", ServiceKind.SHARED_LIVES));

    /** Specialisms (service user bands) by CQC's name, lower case. Children's services have no counterpart. */
    private static final Map<String, Specialism> SPECIALISMS = Map.ofEntries(
            Map.entry("caring for adults over 65 yrs", Specialism.OLDER_PEOPLE),
            Map.entry("older people", Specialism.OLDER_PEOPLE),
            Map.entry("caring for adults under 65 yrs", Specialism.YOUNGER_ADULTS),
            Map.entry("younger adults", Specialism.YOUNGER_ADULTS),
            Map.entry("dementia", Specialism.DEMENTIA),
            Map.entry("learning disabilities", Specialism.LEARNING_DISABILITIES),
            Map.entry("autism", Specialism.AUTISM),
            Map.entry("mental health conditions", Specialism.MENTAL_HEALTH),
            Map.entry("physical disabilities", Specialism.PHYSICAL_DISABILITY),
            Map.entry("physical disability", Specialism.PHYSICAL_DISABILITY),
            Map.entry("sensory impairment", Specialism.SENSORY_IMPAIRMENT),
            Map.entry("sensory impairments", Specialism.SENSORY_IMPAIRMENT),
            Map.entry("substance misuse problems", Specialism.SUBSTANCE_MISUSE),
            Map.entry("eating disorders", Specialism.EATING_DISORDERS),
            Map.entry("caring for people whose rights are restricted under the mental health act",
                    Specialism.DETAINED_UNDER_MENTAL_HEALTH_ACT),
            Map.entry("services for everyone", Specialism.WHOLE_POPULATION),
            Map.entry("whole population", Specialism.WHOLE_POPULATION));

    /** The directory's "Date of latest check", e.g. {@code 09/Jan/2018 - 00:00}; English month names ("Sep"). */
    private static final DateTimeFormatter CHECKED = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd/MMM/yyyy").optionalStart().appendPattern(" - HH:mm").optionalEnd()
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CqcVocabulary() {
    }

    /** The kind of care one CQC service type names, if the register holds it. */
    public static Optional<ServiceKind> kind(String serviceType) {
        return Optional.ofNullable(serviceType == null ? null : SERVICE_TYPES.get(serviceType.strip().toLowerCase(Locale.ROOT)));
    }

    /** The kinds of care a {@code |}-separated list of service types names. */
    public static Set<ServiceKind> kinds(String serviceTypes) {
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        for (String type : split(serviceTypes)) {
            kind(type).ifPresent(kinds::add);
        }
        return kinds;
    }

    public static Optional<Specialism> specialism(String name) {
        return Optional.ofNullable(name == null ? null : SPECIALISMS.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** A {@code |}-separated list, blanks dropped. */
    public static Set<String> split(String list) {
        Set<String> items = new LinkedHashSet<>();
        if (list != null) {
            for (String item : list.split("\\|")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /**
     * A rating as CQC writes it ("Outstanding", "Good", "Requires improvement", "Inadequate"); anything else —
     * "Insufficient evidence to rate", "No published rating", blank — is not yet rated. Empty for a word CQC does
     * not use.
     */
    public static Optional<RatingValue> rating(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(RatingValue.NOT_YET_RATED);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "outstanding" -> Optional.of(RatingValue.OUTSTANDING);
            case "good" -> Optional.of(RatingValue.GOOD);
            case "requires improvement" -> Optional.of(RatingValue.REQUIRES_IMPROVEMENT);
            case "inadequate" -> Optional.of(RatingValue.INADEQUATE);
            case "insufficient evidence to rate", "no published rating", "not yet rated", "not rated" ->
                    Optional.of(RatingValue.NOT_YET_RATED);
            default -> Optional.empty();
        };
    }

    /** The directory's date of latest check; empty when blank; an exception naming the format when unreadable. */
    public static Optional<LocalDate> checkedOn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t, CHECKED));
        } catch (DateTimeParseException notNamedMonth) {
            try {
                return Optional.of(LocalDate.parse(t, NUMERIC));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDate.parse(t));
                } catch (DateTimeParseException alsoNot) {
                    throw new IllegalArgumentException("a date like 09/Jan/2018 - 00:00");
                }
            }
        }
    }
}
