package org.caremarket.brokerage.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;

/**
 * Ranks the services that could take a care package, and counts those that could not and why.
 *
 * <p>The area considered is the council's own services of the kind wanted plus any others within the
 * request's distance (of the person's postcode or the family's). A service in it is excluded for the
 * first {@link MatchExclusion} that applies; the rest are scored on six factors (see {@link MatchFactor.Name}),
 * each from 0 to 1, and ranked by the weighted mean, out of 100: distance (1 at the door, 0 at the
 * limit), quality (half the overall CQC rating, half the mean of the five key questions: Outstanding
 * 1, Good 0.75, Requires improvement 0.35, Inadequate 0, not yet rated 0.5), price (0.5 plus half the
 * share of the cap left unspent; 0.5 when either is unknown), capacity (one bed of the type 0.6, two
 * 0.8, three or more 1; for homecare the share of the wanted hours spare at the wanted times), freshness
 * (1 for a report made now, 0 at the stale limit) and continuity (1 for the person's current provider).
 * Ties go to the nearer service, then the lower id, so the ranking is stable.
 */
public final class Matching {

    /** A service that could take the package, with its score and the reasons for it. */
    public record Match(Supply supply, double score, double distanceKm, int capacity, List<MatchFactor> factors) {
    }

    /**
     * The best matches, the number of services in the area considered, how many could take the package,
     * and how many could not, by reason.
     */
    public record Result(List<Match> matches, int considered, int matched, Map<MatchExclusion, Integer> excluded) {
    }

    private record Scored(Supply supply, double distanceKm, boolean nearFamily, int capacity, double[] values,
                          double score) {
    }

    private Matching() {
    }

    public static Result match(Criteria c, Supply[] market, Weights weights, Instant now, Duration staleAfter, int limit) {
        Coordinate.BoundingBox box = new Coordinate(c.latitude(), c.longitude(), org.caremarket.geo.entity.Precision.EXACT)
                .boxAround(c.maxDistanceKm());
        Coordinate.BoundingBox familyBox = c.familyLatitude() == null ? null
                : new Coordinate(c.familyLatitude(), c.familyLongitude(), org.caremarket.geo.entity.Precision.EXACT)
                        .boxAround(c.maxDistanceKm());
        Instant staleBefore = now.minus(staleAfter);
        int[] excluded = new int[MatchExclusion.values().length];
        List<Scored> passed = new ArrayList<>();
        int considered = 0;
        boolean homecare = c.kind() == ServiceKind.HOMECARE;
        int wantedHours = c.hoursPerWeek();
        Near person = new Near(c.latitude(), c.longitude(), box);
        Near family = familyBox == null ? null : new Near(c.familyLatitude(), c.familyLongitude(), familyBox);
        String[] visitKeys = new String[c.visits().size()];
        int[] visitHours = new int[visitKeys.length];
        for (int i = 0; i < visitKeys.length; i++) {
            visitKeys[i] = Supply.hoursKey(c.district(), c.visits().get(i).timeBand(), c.visits().get(i).days());
            visitHours[i] = c.visits().get(i).hoursPerWeek();
        }
        double limit2 = c.maxDistanceKm() * c.maxDistanceKm();
        for (Supply s : market) {
            if (s.kind() != c.kind()) {
                continue;
            }
            double fromPerson = person.approximateKm2(s);
            double fromFamily = family == null ? Double.POSITIVE_INFINITY : family.approximateKm2(s);
            boolean nearFamily = fromFamily < fromPerson;
            double approximate2 = Math.min(fromPerson, fromFamily);
            if (approximate2 > limit2 * 1.01 && !s.councilCode().equals(c.councilCode())) {
                continue;
            }
            double distance = Double.NaN;
            boolean within;
            if (approximate2 < limit2 * 0.98) {
                within = true;
            } else if (approximate2 > limit2 * 1.02) {
                within = false;
            } else {
                distance = exactKm(c, s, nearFamily);
                within = distance <= c.maxDistanceKm();
            }
            if (!within && !s.councilCode().equals(c.councilCode())) {
                continue;
            }
            considered++;
            int capacity = homecare ? coveredHours(visitKeys, visitHours, s) : s.available(c.lineType());
            MatchExclusion why = exclusion(c, s, within, staleBefore, capacity);
            if (why != null) {
                excluded[why.ordinal()]++;
                continue;
            }
            if (Double.isNaN(distance)) {
                distance = exactKm(c, s, nearFamily);
            }
            double[] values = values(c, s, distance, capacity, wantedHours, now, staleAfter);
            passed.add(new Scored(s, distance, nearFamily, capacity, values, score(values, weights)));
        }
        passed.sort(Comparator.comparingDouble((Scored m) -> -m.score()).thenComparingDouble(Scored::distanceKm)
                .thenComparing(m -> m.supply().serviceId()));
        List<Match> top = new ArrayList<>();
        for (Scored m : passed.subList(0, Math.min(limit, passed.size()))) {
            top.add(new Match(m.supply(), round(m.score(), 10), round(m.distanceKm(), 100), m.capacity(),
                    factors(c, m, weights, now)));
        }
        Map<MatchExclusion, Integer> counts = new EnumMap<>(MatchExclusion.class);
        for (MatchExclusion e : MatchExclusion.values()) {
            if (excluded[e.ordinal()] > 0) {
                counts.put(e, excluded[e.ordinal()]);
            }
        }
        return new Result(top, considered, passed.size(), counts);
    }

    private static double exactKm(Criteria c, Supply s, boolean nearFamily) {
        return nearFamily ? Coordinate.distanceKm(c.familyLatitude(), c.familyLongitude(), s.latitude(), s.longitude())
                : Coordinate.distanceKm(c.latitude(), c.longitude(), s.latitude(), s.longitude());
    }

    private static boolean inside(Coordinate.BoundingBox box, Supply s) {
        return s.latitude() >= box.minLatitude() && s.latitude() <= box.maxLatitude()
                && s.longitude() >= box.minLongitude() && s.longitude() <= box.maxLongitude();
    }

    private static MatchExclusion exclusion(Criteria c, Supply s, boolean within, Instant staleBefore, int capacity) {
        if (s.status() != RegistrationStatus.REGISTERED) {
            return MatchExclusion.NOT_REGISTERED;
        }
        if (!within) {
            return MatchExclusion.TOO_FAR;
        }
        if (s.overall() == RatingValue.NOT_YET_RATED ? !c.includeNotYetRated() : !s.overall().meets(c.minRating())) {
            return MatchExclusion.RATING;
        }
        if (!s.specialisms().containsAll(c.specialisms())) {
            return MatchExclusion.SPECIALISM;
        }
        if (!s.hasReported()) {
            return MatchExclusion.NO_REPORT;
        }
        if (s.reportedAt().isBefore(staleBefore)) {
            return MatchExclusion.STALE;
        }
        if (!s.accepting()) {
            return MatchExclusion.NOT_ACCEPTING;
        }
        if (capacity <= 0) {
            return MatchExclusion.NO_CAPACITY;
        }
        if (c.doubleHanded() && c.kind() == ServiceKind.HOMECARE && !s.doubleHandedCalls()) {
            return MatchExclusion.NO_DOUBLE_HANDED;
        }
        if (c.priceCap() != null && s.weeklyFee() != null && s.weeklyFee().compareTo(c.priceCap()) > 0) {
            return MatchExclusion.OVER_PRICE_CAP;
        }
        return null;
    }

    private static int coveredHours(String[] visitKeys, int[] visitHours, Supply s) {
        int covered = 0;
        for (int i = 0; i < visitKeys.length; i++) {
            covered += Math.min(visitHours[i], s.spareHours().getOrDefault(visitKeys[i], 0));
        }
        return covered;
    }

    /**
     * A place to measure from. The squared equirectangular distance (within about 0.2% of the
     * great-circle distance at these ranges) decides quickly what is clearly near or far; the exact
     * haversine is computed for the rest.
     */
    private record Near(double latitude, double longitude, Coordinate.BoundingBox box, double kmPerDegreeLongitude) {

        private static final double KM_PER_DEGREE = Math.toRadians(1) * 6371.0088;

        Near(double latitude, double longitude, Coordinate.BoundingBox box) {
            this(latitude, longitude, box, KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        }

        double approximateKm2(Supply s) {
            if (!inside(box, s)) {
                return Double.POSITIVE_INFINITY;
            }
            double dy = (s.latitude() - latitude) * KM_PER_DEGREE;
            double dx = (s.longitude() - longitude) * kmPerDegreeLongitude;
            return dx * dx + dy * dy;
        }
    }

    private static double[] values(Criteria c, Supply s, double distance, int capacity, int wantedHours, Instant now,
                                   Duration staleAfter) {
        double[] v = new double[MatchFactor.Name.values().length];
        v[MatchFactor.Name.DISTANCE.ordinal()] = c.maxDistanceKm() == 0 ? 1 : Math.max(0, 1 - distance / c.maxDistanceKm());
        v[MatchFactor.Name.QUALITY.ordinal()] = quality(s);
        v[MatchFactor.Name.PRICE.ordinal()] = c.priceCap() == null || s.weeklyFee() == null || c.priceCap().signum() == 0 ? 0.5
                : 0.5 + 0.5 * c.priceCap().subtract(s.weeklyFee()).doubleValue() / c.priceCap().doubleValue();
        v[MatchFactor.Name.CAPACITY.ordinal()] = c.kind() == ServiceKind.HOMECARE
                ? (wantedHours == 0 ? 1 : Math.min(1, (double) capacity / wantedHours))
                : capacity >= 3 ? 1 : capacity == 2 ? 0.8 : 0.6;
        double age = Math.max(0, Duration.between(s.reportedAt(), now).toSeconds());
        v[MatchFactor.Name.FRESHNESS.ordinal()] = Math.max(0, 1 - age / staleAfter.toSeconds());
        v[MatchFactor.Name.CONTINUITY.ordinal()] = s.providerId().equals(c.currentProviderId()) ? 1 : 0;
        return v;
    }

    static double quality(Supply s) {
        double keyQuestions = 0;
        for (RatingValue r : s.keyQuestions()) {
            keyQuestions += points(r);
        }
        return 0.5 * points(s.overall()) + 0.5 * keyQuestions / s.keyQuestions().length;
    }

    private static double points(RatingValue r) {
        return switch (r) {
            case OUTSTANDING -> 1;
            case GOOD -> 0.75;
            case REQUIRES_IMPROVEMENT -> 0.35;
            case INADEQUATE -> 0;
            case NOT_YET_RATED -> 0.5;
        };
    }

    private static double score(double[] values, Weights w) {
        double sum = 0;
        for (MatchFactor.Name f : MatchFactor.Name.values()) {
            sum += w.of(f) * values[f.ordinal()];
        }
        return 100 * sum / w.total();
    }

    private static List<MatchFactor> factors(Criteria c, Scored m, Weights w, Instant now) {
        List<MatchFactor> factors = new ArrayList<>(MatchFactor.Name.values().length);
        for (MatchFactor.Name f : MatchFactor.Name.values()) {
            double value = m.values()[f.ordinal()];
            factors.add(new MatchFactor(f, round(value, 1000), w.of(f), round(100 * w.of(f) * value / w.total(), 10),
                    reason(f, c, m, now)));
        }
        return factors;
    }

    private static String reason(MatchFactor.Name f, Criteria c, Scored m, Instant now) {
        Supply s = m.supply();
        return switch (f) {
            case DISTANCE -> (Math.round(m.distanceKm() * 10) / 10.0) + " km from "
                    + (m.nearFamily() ? "the family's postcode " + c.familyPostcode() : c.postcode())
                    + " (limit " + km(c.maxDistanceKm()) + " km)";
            case QUALITY -> "CQC " + words(s.overall()) + " overall; Safe " + words(s.keyQuestions()[0]) + ", Effective "
                    + words(s.keyQuestions()[1]) + ", Caring " + words(s.keyQuestions()[2]) + ", Responsive "
                    + words(s.keyQuestions()[3]) + ", Well-led " + words(s.keyQuestions()[4])
                    + (s.ratingFellFrom() == null ? "" : "; fell from " + words(s.ratingFellFrom()) + " at its latest inspection");
            case PRICE -> s.weeklyFee() == null ? "no weekly fee reported"
                    : c.priceCap() == null ? "£" + money(s.weeklyFee()) + " a week; no price cap set"
                    : "£" + money(s.weeklyFee()) + " a week, £" + money(c.priceCap().subtract(s.weeklyFee()))
                            + " under the £" + money(c.priceCap()) + " cap";
            case CAPACITY -> c.kind() == ServiceKind.HOMECARE
                    ? m.capacity() + " of " + c.hoursPerWeek() + " hours a week spare in " + c.district() + " at the times wanted"
                    : m.capacity() + (c.lineType() == null ? "" : " " + c.lineType()) + " " + unit(c.kind())
                            + (m.capacity() == 1 ? "" : "s") + " available now";
            case FRESHNESS -> "vacancies reported " + ago(Duration.between(s.reportedAt(), now));
            case CONTINUITY -> c.currentProviderId() == null ? "no current provider named"
                    : s.providerId().equals(c.currentProviderId()) ? "the person's current provider"
                    : "not the person's current provider";
        };
    }

    private static String unit(ServiceKind kind) {
        return switch (kind) {
            case EXTRA_CARE -> "unit";
            case SHARED_LIVES -> "placement";
            case SUPPORTED_LIVING -> "place";
            default -> "bed";
        };
    }

    private static String words(RatingValue r) {
        return switch (r) {
            case OUTSTANDING -> "Outstanding";
            case GOOD -> "Good";
            case REQUIRES_IMPROVEMENT -> "Requires improvement";
            case INADEQUATE -> "Inadequate";
            case NOT_YET_RATED -> "not yet rated";
        };
    }

    private static String ago(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return minutes + " minute" + (minutes == 1 ? "" : "s") + " ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " hour" + (hours == 1 ? "" : "s") + " ago";
        }
        return hours / 24 + " days ago";
    }

    /** Pounds and pence with thousands separated: 1,265.00. */
    static String money(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        StringBuilder grouped = new StringBuilder(digits.substring(point));
        for (int i = point; i > 0; i -= 3) {
            grouped.insert(0, digits.substring(Math.max(0, i - 3), i));
            if (i - 3 > 0) {
                grouped.insert(0, ',');
            }
        }
        return (negative ? "-" : "") + grouped;
    }

    /** Kilometres as a person writes them: 15, 12.5. */
    static String km(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
