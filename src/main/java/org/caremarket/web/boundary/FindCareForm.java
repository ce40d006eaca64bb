package org.caremarket.web.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.web.control.CareSearch;
import org.caremarket.web.control.Places;

/**
 * The "Find care" form as it was sent (every value kept, to show again beside its error) and, when all of it is
 * good, the search it asks for. Each field is checked the GOV.UK way: a message that says what to do, on the field.
 */
public final class FindCareForm {

    /** The distances offered, in km; 10 unless chosen. */
    public static final List<Integer> DISTANCES = List.of(1, 2, 5, 10, 25, 50);
    public static final int DEFAULT_DISTANCE = 10;
    /** The ratings one may ask for at least. */
    public static final List<RatingValue> MIN_RATINGS = List.of(RatingValue.OUTSTANDING, RatingValue.GOOD,
            RatingValue.REQUIRES_IMPROVEMENT);
    static final int MAX_PAGE = 10_000;

    public final String where;
    public final String kind;
    public final String distance;
    public final String rating;
    public final Set<String> specialisms;
    public final boolean vacancy;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final boolean submitted;
    private CareSearch search;

    private FindCareForm(Map<String, String[]> parameters) {
        submitted = !parameters.isEmpty();
        where = single(parameters, "where", "Enter one postcode or town");
        kind = single(parameters, "kind", "Select one kind of care");
        distance = single(parameters, "distance", "Select one distance");
        rating = single(parameters, "rating", "Select one rating");
        String vacancyValue = single(parameters, "vacancy", "Tick the box once, or leave it");
        vacancy = "yes".equals(vacancyValue);
        if (vacancyValue != null && !vacancy) {
            problem("vacancy", "Tick the box, or leave it empty");
        }
        String[] chosen = parameters.getOrDefault("specialism", new String[0]);
        specialisms = new LinkedHashSet<>(List.of(chosen));
        if (chosen.length > Specialism.values().length) {
            problem("specialism", "Select specialisms from the list");
        }
    }

    /**
     * Reads and checks the form. {@code page} is the 1-based page asked for (already checked by the caller). An empty
     * query is the blank form: no errors, no search.
     */
    public static FindCareForm read(Map<String, String[]> parameters, int page, Function<String, Optional<Places.Place>> places) {
        FindCareForm form = new FindCareForm(parameters);
        if (form.submitted) {
            form.check(page, places);
        }
        return form;
    }

    private void check(int page, Function<String, Optional<Places.Place>> places) {
        Places.Place place = null;
        if (where == null || where.isBlank()) {
            problem("where", "Enter a postcode or the name of a town or city");
        } else if (where.strip().length() > 60) {
            problem("where", "Postcode or town must be 60 characters or fewer");
        } else if (errorFor("where") == null) {
            place = places.apply(where).orElse(null);
            if (place == null) {
                problem("where", Places.looksLikePostcode(where)
                        ? "We cannot find that postcode. Enter a real postcode, like LS1 4AP"
                        : "We cannot find a town or city with that name. Enter a postcode, like LS1 4AP, or a town or city with its own council, like Leeds");
            }
        }
        ServiceKind chosenKind = parse(ServiceKind.class, kind, EnumSet.allOf(ServiceKind.class), "kind",
                "Select a kind of care from the list");
        RatingValue minRating = parse(RatingValue.class, rating, EnumSet.copyOf(MIN_RATINGS), "rating",
                "Select a rating from the list");
        int km = DEFAULT_DISTANCE;
        if (distance != null && !distance.isEmpty()) {
            km = DISTANCES.stream().filter(d -> String.valueOf(d).equals(distance)).findFirst().orElse(-1);
            if (km < 0) {
                problem("distance", "Select a distance from the list");
            }
        }
        Set<Specialism> chosenSpecialisms = EnumSet.noneOf(Specialism.class);
        for (String s : specialisms) {
            Optional<Specialism> known = EnumSet.allOf(Specialism.class).stream().filter(v -> v.name().equals(s)).findFirst();
            if (known.isEmpty()) {
                problem("specialism", "Select specialisms from the list");
                break;
            }
            chosenSpecialisms.add(known.get());
        }
        if (problems.isEmpty()) {
            search = new CareSearch(place, chosenKind, km, minRating, chosenSpecialisms, vacancy, page - 1);
        }
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, Set<E> allowed, String field, String message) {
        if (value == null || value.isEmpty() || errorFor(field) != null) {
            return null;
        }
        Optional<E> found = allowed.stream().filter(v -> v.name().equals(value)).findFirst();
        if (found.isEmpty()) {
            problem(field, message);
        }
        return found.orElse(null);
    }

    private String single(Map<String, String[]> parameters, String name, String message) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            problem(name, message);
        }
        return values[0];
    }

    private void problem(String field, String message) {
        if (errorFor(field) == null) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private String errorFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst().orElse(null);
    }

    public boolean submitted() {
        return submitted;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public Optional<CareSearch> search() {
        return Optional.ofNullable(search);
    }

    /** The distance to show as chosen: the one sent, or the default. */
    public String chosenDistance() {
        return distance == null || distance.isEmpty() ? String.valueOf(DEFAULT_DISTANCE) : distance;
    }

    /** This search's address for another page of its results (1-based), for GOV.UK pagination's links. */
    public String pageLink(int page) {
        StringBuilder query = new StringBuilder("/find-care?where=").append(encode(where));
        append(query, "kind", kind);
        append(query, "distance", distance);
        append(query, "rating", rating);
        specialisms.forEach(s -> append(query, "specialism", s));
        if (vacancy) {
            append(query, "vacancy", "yes");
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
