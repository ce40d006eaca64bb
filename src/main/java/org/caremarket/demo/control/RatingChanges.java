package org.caremarket.demo.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;

/**
 * Which demo care homes CQC re-rated during the year, when and to what (R11.5): eight in each council, one every
 * five or six weeks, two falls (Outstanding to Good, Good to Requires improvement, Requires improvement to
 * Inadequate) for each rise; each home's new rating is dated after its current one.
 */
final class RatingChanges {

    /** A home, when CQC published its new rating, and the rating. */
    record Change(DemoMarket.Loaded service, Instant at, Rating rating) {
    }

    private final long seed;
    private final Instant start;

    RatingChanges(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
    }

    /** The changes in these councils, oldest first. */
    List<Change> pick(List<DemoMarket.Loaded> services, List<String> councils) {
        Random random = new Random(seed + 3);
        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        List<Change> changes = new ArrayList<>();
        for (String code : councils) {
            List<DemoMarket.Loaded> homes = services.stream().filter(s -> s.councilCode().equals(code)
                    && s.generated().postcode() != null && s.details().status() == RegistrationStatus.REGISTERED
                    && s.details().kind().isCareHome() && s.details().rating().overall().rank() > 0).toList();
            List<DemoMarket.Loaded> picked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant at = start.minus(Duration.ofDays(20 + i * 40L + random.nextInt(20)));
                LocalDate on = LocalDate.ofInstant(at, ZoneOffset.UTC);
                boolean fall = i % 3 != 2;
                List<DemoMarket.Loaded> fit = homes.stream().filter(h -> !picked.contains(h)
                        && h.details().rating().reportDate().isBefore(on)
                        && next(h.details().rating().overall(), fall) != null).toList();
                if (fit.isEmpty()) {
                    continue;
                }
                DemoMarket.Loaded home = fit.get(random.nextInt(fit.size()));
                picked.add(home);
                RatingValue after = next(home.details().rating().overall(), fall);
                changes.add(new Change(home, at, new Rating(after, after, after, after, after, after, on, today)));
            }
        }
        changes.sort(Comparator.comparing(Change::at));
        return changes;
    }

    /** The rating a service moves to: one step down or up; null where there is none. */
    static RatingValue next(RatingValue now, boolean fall) {
        return switch (now) {
            case OUTSTANDING -> fall ? RatingValue.GOOD : null;
            case GOOD -> fall ? RatingValue.REQUIRES_IMPROVEMENT : null;
            case REQUIRES_IMPROVEMENT -> fall ? RatingValue.INADEQUATE : RatingValue.GOOD;
            case INADEQUATE -> fall ? null : RatingValue.REQUIRES_IMPROVEMENT;
            case NOT_YET_RATED -> null;
        };
    }
}
