package org.caremarket.web.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caremarket.register.entity.CapacityUnit;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;

/** The words the pages use for the product's codes, dates and amounts (GOV.UK style: "4 June 2026", "1.2 km"). */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Words() {
    }

    public static String kind(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME_NURSING -> "Care home with nursing";
            case CARE_HOME_RESIDENTIAL -> "Care home without nursing";
            case HOMECARE -> "Homecare (care at home)";
            case EXTRA_CARE -> "Extra care housing";
            case SUPPORTED_LIVING -> "Supported living";
            case SHARED_LIVES -> "Shared Lives";
        };
    }

    public static String rating(RatingValue rating) {
        return rating == null ? "Not yet rated" : switch (rating) {
            case OUTSTANDING -> "Outstanding";
            case GOOD -> "Good";
            case REQUIRES_IMPROVEMENT -> "Requires improvement";
            case INADEQUATE -> "Inadequate";
            case NOT_YET_RATED -> "Not yet rated";
        };
    }

    /** The GOV.UK tag colour for a rating (each passes WCAG AA contrast in GOV.UK Frontend). */
    public static String ratingTag(RatingValue rating) {
        return rating == null ? "govuk-tag--grey" : switch (rating) {
            case OUTSTANDING -> "govuk-tag--green";
            case GOOD -> "govuk-tag--turquoise";
            case REQUIRES_IMPROVEMENT -> "govuk-tag--orange";
            case INADEQUATE -> "govuk-tag--red";
            case NOT_YET_RATED -> "govuk-tag--grey";
        };
    }

    /** A code such as NURSING_DEMENTIA in words: "Nursing dementia". */
    public static String code(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String code(Enum<?> code) {
        return code == null ? "" : code(code.name());
    }

    public static String amount(int amount, CapacityUnit unit) {
        return switch (unit) {
            case BEDS -> plural(amount, "bed", "beds");
            case HOURS_PER_WEEK -> plural(amount, "hour a week", "hours a week");
            case UNITS -> plural(amount, "flat", "flats");
            case PLACES -> plural(amount, "place", "places");
            case PLACEMENTS -> plural(amount, "placement", "placements");
        };
    }

    public static String plural(long count, String one, String many) {
        return String.format(Locale.UK, "%,d", count) + " " + (count == 1 ? one : many);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(java.time.Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK).toLocalDate());
    }

    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
                .format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    public static String role(org.caremarket.platform.entity.Role role) {
        return role == null ? "" : switch (role) {
            case ADMIN -> "Administrator";
            case COMMISSIONER -> "Council commissioner";
            case BROKER -> "Council broker";
            case PROVIDER -> "Care provider's staff";
            case ASSISTANT -> "Personal assistant";
            case PERSON -> "Person arranging care";
        };
    }

    /** A message from the service's checks as a sentence: "must be at most 3" becomes "Must be at most 3". */
    public static String sentence(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Pounds and pence: "£1,234.50", "−£12.00". */
    public static String pounds(java.math.BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String text = "£" + String.format(Locale.UK, "%,.2f", amount.abs());
        return amount.signum() < 0 ? "−" + text : text;
    }

    /** How long ago, in days: "today", "yesterday", "3 days ago". */
    public static String age(Long days) {
        if (days == null) {
            return "";
        }
        return days == 0 ? "today" : days == 1 ? "yesterday" : plural(days, "day", "days") + " ago";
    }

    public static String km(Double km) {
        if (km == null) {
            return "";
        }
        return (km < 10 ? String.format(Locale.UK, "%.1f", km) : String.format(Locale.UK, "%,.0f", km)) + " km";
    }
}
