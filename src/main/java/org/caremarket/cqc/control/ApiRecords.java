package org.caremarket.cqc.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caremarket.cqc.entity.CqcVocabulary;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * CQC API records — {@code GET /locations/{id}} and {@code GET /providers/{id}} — in the register's terms. Field
 * names are CQC's; a record missing what the register needs, or holding a rating CQC does not use, is a
 * {@link RowProblem} naming the field.
 */
public final class ApiRecords {

    private static final Pattern ID = Pattern.compile("1-\\d{1,15}");

    /** What a provider record says that the register keeps. */
    public record ProviderRecord(String providerId, String name, Ownership ownership) {
    }

    /** True for a {@code /providers/{id}} record, false for a location. */
    public static boolean isProvider(JsonObject record) {
        String type = text(record, "organisationType");
        return type != null ? type.equalsIgnoreCase("Provider") : !record.containsKey("locationId") && record.containsKey("providerId");
    }

    public static ProviderRecord provider(JsonObject record) {
        String id = id(record, "providerId");
        String name = required(record, "name", 200);
        String ownership = text(record, "ownershipType");
        Ownership owner = Ownership.PRIVATE;
        if (ownership != null && ownership.toLowerCase(Locale.ROOT).contains("nhs")) {
            owner = Ownership.NHS;
        } else if (ownership != null && ownership.toLowerCase(Locale.ROOT).contains("local authority")) {
            owner = Ownership.COUNCIL;
        } else if (text(record, "charityNumber") != null) {
            owner = Ownership.VOLUNTARY;
        } else if (ownership == null) {
            owner = DirectoryFile.ownership(name);
        }
        return new ProviderRecord(id, name, owner);
    }

    /**
     * True when none of the record's service types is one the register holds: a hospital or GP location in CQC's
     * change feed (whose ids, like {@code RRK02}, are not of the social-care form) is skipped, not refused.
     */
    public static boolean holdsNoKind(JsonObject record) {
        for (JsonObject type : objects(record, "gacServiceTypes")) {
            if (CqcVocabulary.kind(text(type, "name")).or(() -> CqcVocabulary.kind(text(type, "description"))).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The location's id, as far as it can be read, for naming a record in an error. */
    public static String locationId(JsonObject record) {
        String id = text(record, "locationId");
        return id == null ? null : id.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A {@code /locations/{id}} record. {@code providerName} is the provider's name when known from a provider
     * record sent with it, else null (the register keeps the name it has).
     */
    public static CqcRecord location(JsonObject record, String providerName, LocalDate today) {
        String locationId = id(record, "locationId");
        String providerId = id(record, "providerId");
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        Set<String> types = new LinkedHashSet<>();
        for (JsonObject type : objects(record, "gacServiceTypes")) {
            String name = text(type, "name");
            String description = text(type, "description");
            types.add(name != null ? name : String.valueOf(description));
            CqcVocabulary.kind(name).or(() -> CqcVocabulary.kind(description)).ifPresent(kinds::add);
        }
        Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
        for (JsonObject s : objects(record, "specialisms")) {
            CqcVocabulary.specialism(text(s, "name")).ifPresent(specialisms::add);
        }
        String name = required(record, "name", 200);
        Address address = new Address(required(record, "postalAddressLine1", 200), optional(record, "postalAddressLine2", 200),
                optional(record, "postalAddressTownCity", 100));
        String postcode = required(record, "postalCode", 10);
        String registration = text(record, "registrationStatus");
        RegistrationStatus status;
        if (registration == null || registration.equalsIgnoreCase("Registered")) {
            status = "Y".equalsIgnoreCase(text(record, "dormancy")) ? RegistrationStatus.DORMANT : RegistrationStatus.REGISTERED;
        } else if (registration.equalsIgnoreCase("Deregistered")) {
            status = RegistrationStatus.DEREGISTERED;
        } else {
            throw new RowProblem("registrationStatus", "\"" + registration + "\" is neither Registered nor Deregistered");
        }
        Integer beds = null;
        if (record.get("numberOfBeds") instanceof JsonNumber n) {
            if (!n.isIntegral() || n.longValue() < 0 || n.longValue() > 2000) {
                throw new RowProblem("numberOfBeds", "must be a whole number from 0 to 2000");
            }
            beds = n.intValue();
        }
        boolean careHome = kinds.contains(ServiceKind.CARE_HOME_NURSING) || kinds.contains(ServiceKind.CARE_HOME_RESIDENTIAL);
        Integer capacity = careHome && beds != null && beds > 0 ? beds : null;
        JsonObject current = record.get("currentRatings") instanceof JsonObject o ? o : null;
        Rating rating = null;
        if (current != null && current.get("overall") instanceof JsonObject overall) {
            LocalDate date = date(overall, "reportDate", "currentRatings.overall.reportDate");
            if (date == null) {
                date = date(current, "reportDate", "currentRatings.reportDate");
            }
            rating = rating(overall, date, today, "currentRatings.overall");
        }
        List<Rating> past = new ArrayList<>();
        int i = 0;
        for (JsonObject historic : objects(record, "historicRatings")) {
            String at = "historicRatings[" + i++ + "]";
            if (historic.get("overall") instanceof JsonObject overall) {
                LocalDate date = date(historic, "reportDate", at + ".reportDate");
                if (date == null) {
                    date = date(overall, "reportDate", at + ".overall.reportDate");
                }
                past.add(rating(overall, date, today, at + ".overall"));
            }
        }
        past.sort(java.util.Comparator.comparing(Rating::reportDate, java.util.Comparator.nullsLast(
                java.util.Comparator.<LocalDate>naturalOrder())).reversed());
        return new CqcRecord(ImportKind.LOCATIONS, null, locationId, providerId, providerName, null,
                String.join("|", types), kinds, name, address, postcode, text(record, "localAuthority"), status, specialisms,
                capacity, DirectoryFile.clip(text(record, "mainPhoneNumber"), 30),
                DirectoryFile.clip(text(record, "website"), 500), rating,
                List.copyOf(past), null, Fingerprint.of(record.toString(), providerName));
    }

    /** The coordinate CQC gives (from ONSPD), if it gives one. */
    public static double[] coordinate(JsonObject record) {
        if (record.get("onspdLatitude") instanceof JsonNumber lat && record.get("onspdLongitude") instanceof JsonNumber lon) {
            return new double[] {lat.doubleValue(), lon.doubleValue()};
        }
        return null;
    }

    private static Rating rating(JsonObject overall, LocalDate date, LocalDate today, String at) {
        RatingValue value = value(overall, at + ".rating");
        RatingValue safe = null;
        RatingValue effective = null;
        RatingValue caring = null;
        RatingValue responsive = null;
        RatingValue wellLed = null;
        int k = 0;
        for (JsonObject question : objects(overall, "keyQuestionRatings")) {
            String field = at + ".keyQuestionRatings[" + k++ + "]";
            String name = text(question, "name");
            RatingValue v = value(question, field + ".rating");
            switch (name == null ? "" : name.toLowerCase(Locale.ROOT).replace('-', ' ').strip()) {
                case "safe" -> safe = v;
                case "effective" -> effective = v;
                case "caring" -> caring = v;
                case "responsive" -> responsive = v;
                case "well led" -> wellLed = v;
                default -> throw new RowProblem(field + ".name", "\"" + name + "\" is not one of CQC's five key questions");
            }
        }
        try {
            return new Rating(value, safe, effective, caring, responsive, wellLed, date, today);
        } catch (InvalidInput invalid) {
            throw new RowProblem(at + ".reportDate", invalid.errors().get(0).message());
        }
    }

    private static RatingValue value(JsonObject o, String field) {
        String text = text(o, "rating");
        return CqcVocabulary.rating(text).orElseThrow(() -> new RowProblem(field, "\"" + text
                + "\" is not a CQC rating (Outstanding, Good, Requires improvement, Inadequate)"));
    }

    private static LocalDate date(JsonObject o, String key, String field) {
        String text = text(o, key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RowProblem(field, "\"" + text + "\" is not a date like 2019-10-31");
        }
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonArray array)) {
            if (o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL) {
                throw new RowProblem(key, "must be an array");
            }
            return List.of();
        }
        List<JsonObject> items = new ArrayList<>();
        for (JsonValue v : array) {
            if (v instanceof JsonObject item) {
                items.add(item);
            }
        }
        return items;
    }

    private static String id(JsonObject o, String key) {
        String id = text(o, key);
        if (id == null) {
            throw new RowProblem(key, "is required");
        }
        String upper = id.strip().toUpperCase(Locale.ROOT);
        if (!ID.matcher(upper).matches()) {
            throw new RowProblem(key, "a CQC id is 1- followed by digits, e.g. 1-125856395");
        }
        return upper;
    }

    private static String required(JsonObject o, String key, int maxLength) {
        String value = optional(o, key, maxLength);
        if (value == null) {
            throw new RowProblem(key, "is required");
        }
        return value;
    }

    private static String optional(JsonObject o, String key, int maxLength) {
        String value = text(o, key);
        if (value != null && value.length() > maxLength) {
            throw new RowProblem(key, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new RowProblem(key, "must be a string");
        }
        String t = s.getString().strip();
        if (t.indexOf('\0') >= 0) {
            throw new RowProblem(key, "holds a NUL character");
        }
        return t.isEmpty() ? null : t;
    }
}
