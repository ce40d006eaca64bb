package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.platform.control.Page;
import org.caremarket.register.entity.CareService;
import org.caremarket.register.entity.RatingValue;

/**
 * The public directory search. Filters run in the database; a search near a place first narrows
 * to the bounding box of the circle on the (latitude, longitude) index, then keeps what is within
 * the great-circle radius and sorts by distance here.
 */
@ApplicationScoped
public class ServiceSearch {

    /** A service found by a search, with its distance from the search's place when there was one. */
    public record Found(CareService service, Double distanceKm) {
    }

    private record Candidate(String id, double distanceKm, String name, RatingValue rating, LocalDate ratedOn) {
    }

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @jakarta.inject.Inject
    Freshness freshness;

    public Page<Found> search(ServiceFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters, freshness.freshSince());
        return filter.near() == null ? searchEverywhere(filter, where, parameters) : searchNear(filter, where, parameters);
    }

    private Page<Found> searchEverywhere(ServiceFilter filter, String where, Map<String, Object> parameters) {
        long total = bind(em.createQuery("SELECT COUNT(s) FROM CareService s" + where, Long.class), parameters)
                .getSingleResult();
        String order = filter.sort() == ServiceFilter.Sort.RATING
                ? " ORDER BY " + RATING_RANK + " DESC, s.rating.reportDate DESC, s.name, s.id"
                : " ORDER BY s.name, s.id";
        List<CareService> services = bind(em.createQuery("SELECT s FROM CareService s" + where + order, CareService.class),
                parameters)
                .setHint("eclipselink.join-fetch", "s.provider")
                .setHint("eclipselink.batch", "s.specialisms")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(offset(filter))
                .setMaxResults(filter.size())
                .getResultList();
        return new Page<>(services.stream().map(s -> new Found(s, null)).toList(), filter.page(), filter.size(), total);
    }

    private Page<Found> searchNear(ServiceFilter filter, String where, Map<String, Object> parameters) {
        Coordinate near = filter.near();
        List<Object[]> rows = bind(em.createQuery("SELECT s.id, s.latitude, s.longitude, s.name, s.rating.overall, "
                + "s.rating.reportDate FROM CareService s" + where, Object[].class), parameters).getResultList();
        List<Candidate> within = new ArrayList<>();
        for (Object[] row : rows) {
            double distance = Coordinate.distanceKm(near.latitude(), near.longitude(), (Double) row[1], (Double) row[2]);
            if (distance <= filter.radiusKm()) {
                within.add(new Candidate((String) row[0], distance, (String) row[3], (RatingValue) row[4],
                        (LocalDate) row[5]));
            }
        }
        within.sort(order(filter.sort()));
        int from = Math.min(within.size(), offset(filter));
        List<Candidate> page = within.subList(from, Math.min(within.size(), from + filter.size()));
        Map<String, CareService> byId = page.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT s FROM CareService s WHERE s.id IN :ids", CareService.class)
                .setParameter("ids", page.stream().map(Candidate::id).toList())
                .setHint("eclipselink.join-fetch", "s.provider")
                .setHint("eclipselink.batch", "s.specialisms")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().collect(Collectors.toMap(CareService::id, Function.identity()));
        List<Found> found = page.stream().map(c -> new Found(byId.get(c.id()), round(c.distanceKm()))).toList();
        return new Page<>(found, filter.page(), filter.size(), within.size());
    }

    private static Comparator<Candidate> order(ServiceFilter.Sort sort) {
        Comparator<Candidate> byDistance = Comparator.comparingDouble(Candidate::distanceKm);
        Comparator<Candidate> byName = Comparator.comparing(Candidate::name).thenComparing(Candidate::id);
        return switch (sort) {
            case DISTANCE -> byDistance.thenComparing(byName);
            case NAME -> byName;
            case RATING -> Comparator.comparingInt((Candidate c) -> -c.rating().rank())
                    .thenComparing(Candidate::ratedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byDistance)
                    .thenComparing(byName);
        };
    }

    private static final String RATING_RANK = "CASE s.rating.overall"
            + " WHEN org.caremarket.register.entity.RatingValue.OUTSTANDING THEN 4"
            + " WHEN org.caremarket.register.entity.RatingValue.GOOD THEN 3"
            + " WHEN org.caremarket.register.entity.RatingValue.REQUIRES_IMPROVEMENT THEN 2"
            + " WHEN org.caremarket.register.entity.RatingValue.INADEQUATE THEN 1 ELSE 0 END";

    private static String where(ServiceFilter filter, Map<String, Object> parameters, java.time.Instant freshSince) {
        List<String> clauses = new ArrayList<>();
        if (!filter.kinds().isEmpty()) {
            clauses.add("s.kind IN :kinds");
            parameters.put("kinds", List.copyOf(filter.kinds()));
        }
        if (!filter.statuses().isEmpty()) {
            clauses.add("s.status IN :statuses");
            parameters.put("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.councilCode() != null) {
            clauses.add("s.councilCode = :council");
            parameters.put("council", filter.councilCode());
        }
        if (filter.district() != null) {
            clauses.add("s.district = :district");
            parameters.put("district", filter.district());
        }
        if (filter.minRating() != null && filter.minRating() != RatingValue.NOT_YET_RATED) {
            clauses.add("s.rating.overall IN :ratings");
            parameters.put("ratings", Arrays.stream(RatingValue.values()).filter(r -> r.meets(filter.minRating())).toList());
        }
        int i = 0;
        for (var specialism : filter.specialisms()) {
            clauses.add(":specialism" + i + " MEMBER OF s.specialisms");
            parameters.put("specialism" + i++, specialism);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            clauses.add("(LOWER(s.name) LIKE :text ESCAPE '\\' OR LOWER(s.provider.name) LIKE :text ESCAPE '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.hasVacancy() != null) {
            clauses.add(filter.hasVacancy()
                    ? "s.availableNow > 0 AND s.accepting = 1 AND s.status = org.caremarket.register.entity.RegistrationStatus.REGISTERED"
                    : "(s.availableNow IS NULL OR s.availableNow = 0 OR s.accepting = 0 "
                            + "OR s.status <> org.caremarket.register.entity.RegistrationStatus.REGISTERED)");
        }
        if (filter.availableType() != null) {
            clauses.add("s.availableTypes LIKE :availableType");
            parameters.put("availableType", "%|" + filter.availableType() + "|%");
        }
        if (filter.fresh() != null) {
            clauses.add(filter.fresh() ? "s.vacancyReportedAt >= :freshSince"
                    : "(s.vacancyReportedAt IS NULL OR s.vacancyReportedAt < :freshSince)");
            parameters.put("freshSince", freshSince);
        }
        if (filter.near() != null) {
            Coordinate.BoundingBox box = filter.near().boxAround(filter.radiusKm());
            clauses.add("s.latitude BETWEEN :minLatitude AND :maxLatitude AND s.longitude BETWEEN :minLongitude AND :maxLongitude");
            parameters.put("minLatitude", box.minLatitude());
            parameters.put("maxLatitude", box.maxLatitude());
            parameters.put("minLongitude", box.minLongitude());
            parameters.put("maxLongitude", box.maxLongitude());
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static int offset(ServiceFilter filter) {
        return (int) Math.min((long) filter.page() * filter.size(), Integer.MAX_VALUE);
    }

    private static double round(double km) {
        return Math.round(km * 100) / 100.0;
    }

    /** Escapes LIKE wildcards so that a search for "50%" finds "50%", with backslash as the escape. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
