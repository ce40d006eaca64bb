package org.caremarket.oruk.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.oruk.control.FeedQuery;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * A list request's query parameters, read strictly (R13.7): a parameter the list does not take, one given twice, a
 * number out of range, an id that is not a UUID, a time that is not an RFC 3339 date-time or a postcode that does
 * not exist is a 400 naming it, never ignored or coerced.
 */
final class FeedRequest {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 100;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_PROXIMITY = 1_000_000;
    static final int MAX_SEARCH = 200;

    static final Set<String> SERVICE_FILTERS = Set.of("search", "page", "per_page", "taxonomy_term_id", "taxonomy_id",
            "organization_id", "modified_after");
    static final Set<String> PLACE_FILTERS = Set.of("search", "page", "per_page", "taxonomy_term_id", "taxonomy_id",
            "organization_id", "modified_after", "postcode", "proximity");
    static final Set<String> ORGANIZATION_FILTERS = Set.of("search", "page", "per_page");
    static final Set<String> TAXONOMY_FILTERS = Set.of("page", "per_page");
    static final Set<String> TERM_FILTERS = Set.of("page", "per_page", "taxonomy_id");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FeedRequest() {
    }

    /** The query, or an {@link InvalidInput} listing every parameter that is wrong. */
    static FeedQuery read(Map<String, String[]> given, Set<String> accepted, Geocoder geocoder) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : given.entrySet()) {
            if (!accepted.contains(parameter.getKey())) {
                errors.add(new FieldError(clip(parameter.getKey()), "is not a parameter of this list; it takes "
                        + String.join(", ", new TreeSet<>(accepted))));
            } else if (parameter.getValue().length > 1) {
                errors.add(new FieldError(parameter.getKey(), "must be given at most once; it was given "
                        + parameter.getValue().length + " times"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int page = number(given, "page", 1, MAX_PAGE, 1, errors);
        int perPage = number(given, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, errors);
        String search = one(given, "search");
        if (search != null && search.codePointCount(0, search.length()) > MAX_SEARCH) {
            errors.add(new FieldError("search", "must be at most " + MAX_SEARCH + " characters"));
        }
        String termId = uuid(given, "taxonomy_term_id", errors);
        String taxonomyId = uuid(given, "taxonomy_id", errors);
        String organizationId = uuid(given, "organization_id", errors);
        Instant modifiedAfter = null;
        String after = one(given, "modified_after");
        if (after != null) {
            try {
                modifiedAfter = OffsetDateTime.parse(after).toInstant();
            } catch (DateTimeParseException notATime) {
                errors.add(new FieldError("modified_after", "must be an RFC 3339 date-time with its offset, such as "
                        + "2026-01-31T09:00:00Z"));
            }
        }
        Integer proximity = given.containsKey("proximity") ? number(given, "proximity", 1, MAX_PROXIMITY, 0, errors) : null;
        Coordinate near = null;
        String postcode = one(given, "postcode");
        if (postcode != null) {
            try {
                near = geocoder.require("postcode", postcode).coordinate();
            } catch (InvalidInput unknown) {
                errors.addAll(unknown.errors());
            }
        } else if (proximity != null) {
            errors.add(new FieldError("proximity", "needs postcode: the distance is measured from a postcode"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new FeedQuery(search, termId, taxonomyId, organizationId, modifiedAfter, near, proximity, page, perPage);
    }

    private static String one(Map<String, String[]> given, String name) {
        String[] values = given.get(name);
        return values == null ? null : values[0];
    }

    private static int number(Map<String, String[]> given, String name, int min, int max, int otherwise,
                              List<FieldError> errors) {
        String text = one(given, name);
        if (text == null) {
            return otherwise;
        }
        if (WHOLE.matcher(text).matches()) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return otherwise;
    }

    private static String uuid(Map<String, String[]> given, String name, List<FieldError> errors) {
        String text = one(given, name);
        if (text != null && !UUID.matcher(text).matches()) {
            errors.add(new FieldError(name, "must be a UUID, such as one of the ids this feed serves"));
            return null;
        }
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
