package org.caremarket.sufficiency.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.RatingOverride;

/**
 * The market rating grid (MARKET-SUFFICIENCY.md §6): for one market (a service kind), each of the six dimensions
 * with the value its rule derives from the figures, the evidence it read, and the value the commissioner set over
 * it (with a reason and the date assessed), if any. The thresholds are the specification's proposed ones.
 */
public final class RatingGrid {

    private RatingGrid() {
    }

    /** One dimension of one market. {@code rating} is the override where one is set, else the rule's value. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MarketRatingCell", description = "One dimension: the rule's value, the rating as set (the override where there is one), reason, assessed on, evidence.")
    public record Cell(Dimension dimension, String derived, String rating, boolean overridden, String reason,
                       LocalDate assessedOn, String setBy, List<String> evidence) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MarketRatingRow", description = "One market's six dimensions.")
    public record Row(ServiceKind market, List<Cell> cells) {
    }

    static Optional<Double> v(List<Indicator> all, String id) {
        return Indicators.find(all, id).filter(i -> i.value() != null).map(Indicator::value);
    }

    /**
     * The grid row of a market cut to one kind.
     *
     * @param indicators the market's indicators ({@link Indicators#of})
     * @param projection its projection (care homes or home care), or null
     */
    public static Row of(Market m, List<Indicator> indicators, Projections.Projection projection,
                         Map<Dimension, RatingOverride> overrides) {
        List<Cell> cells = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            List<String> evidence = new ArrayList<>();
            String derived = switch (d) {
                case MARKET_QUALITY -> quality(m, evidence);
                case MARKET_SUPPLY -> supply(m, indicators, evidence);
                case COUNCIL_DEMAND -> demand(m, projection, evidence);
                case COUNCIL_AMBITION -> ambition(m, indicators, projection, evidence);
                case MARKET_WORKFORCE -> workforce(indicators, evidence);
                case MARKET_MATURITY -> maturity(m, indicators, evidence);
            };
            RatingOverride o = overrides.get(d);
            cells.add(o == null ? new Cell(d, derived, derived, false, null, m.today(), null, evidence)
                    : new Cell(d, derived, o.rating(), true, o.reason(), o.assessedOn(), o.setBy(), evidence));
        }
        return new Row(m.kind(), cells);
    }

    static String quality(Market m, List<String> evidence) {
        List<MarketService> live = m.services().stream().filter(s -> s.status() == RegistrationStatus.REGISTERED).toList();
        boolean beds = m.kind() != null && m.kind().isCareHome();
        double total = live.stream().mapToDouble(s -> beds ? s.capacity() : 1).sum();
        if (total == 0) {
            evidence.add("No registered services.");
            return Dimension.NOT_ASSESSED;
        }
        double good = live.stream().filter(s -> Indicators.goodOrOutstanding(s.rating())).mapToDouble(s -> beds ? s.capacity() : 1).sum();
        double inadequate = live.stream().filter(s -> s.rating() == RatingValue.INADEQUATE).mapToDouble(s -> beds ? s.capacity() : 1).sum();
        double g = 100 * good / total;
        double i = 100 * inadequate / total;
        evidence.add(String.format("%.1f%% of %s rated Good or Outstanding; %.1f%% Inadequate", g, beds ? "beds" : "services", i));
        if (g >= 80 && i < 2) {
            return "Good";
        }
        if (g < 65 || i >= 5) {
            return "Poor";
        }
        return "Requires improvement";
    }

    static String supply(Market m, List<Indicator> all, List<String> evidence) {
        Optional<Double> median = v(all, "B2.median");
        Optional<Double> b5 = v(all, "B5");
        median.ifPresent(x -> evidence.add("B2 median time to source " + x + " days"));
        b5.ifPresent(x -> evidence.add("B5 unsourced rate " + x + "%"));
        Optional<Double> b6 = v(all, "B6");
        String atPrice = b6.filter(x -> x > 25).map(x -> " (at price)").orElse("");
        b6.ifPresent(x -> evidence.add("B6 " + x + "% of awards above the usual rate"));
        if (m.kind() != null && m.kind().isCareHome()) {
            Optional<Double> ch5 = v(all, "CH5");
            ch5.ifPresent(x -> evidence.add("CH5 vacant and admittable " + x + "%"));
            Optional<Double> ch4 = v(all, "CH4");
            ch4.ifPresent(x -> evidence.add("CH4 occupancy " + x + "%"));
            if (ch5.isEmpty()) {
                return Dimension.NOT_ASSESSED;
            }
            if (ch4.isPresent() && ch4.get() < 80 && v(all, "CH13").orElse(0.0) > 0) {
                return "Over-supplied";
            }
            if (ch5.get() < 2 || median.orElse(0.0) > 14 || b5.orElse(0.0) > 10) {
                return "Insufficient" + atPrice;
            }
            if (ch5.get() < 5 || median.orElse(0.0) > 7 || b5.orElse(0.0) > 5) {
                return "Limited" + atPrice;
            }
            return "Good" + atPrice;
        }
        if (median.isEmpty() && b5.isEmpty()) {
            evidence.add("No requests for this market in the last 12 months.");
            return Dimension.NOT_ASSESSED;
        }
        v(all, "HC5").ifPresent(x -> evidence.add("HC5 capacity headroom " + x + "%"));
        if (median.orElse(0.0) > 14 || b5.orElse(0.0) > 10) {
            return "Insufficient" + atPrice;
        }
        if (median.orElse(0.0) > 7 || b5.orElse(0.0) > 5) {
            return "Limited" + atPrice;
        }
        return "Good" + atPrice;
    }

    static String demand(Market m, Projections.Projection projection, List<String> evidence) {
        Instant half = m.now().minus(Duration.ofDays(182));
        Instant year = m.now().minus(Duration.ofDays(365));
        long recent = m.packages().stream().filter(p -> p.status() == PackageStatus.AWARDED && !p.createdAt().isBefore(half)).count();
        long before = m.packages().stream().filter(p -> p.status() == PackageStatus.AWARDED && p.createdAt().isBefore(half)
                && !p.createdAt().isBefore(year)).count();
        String high = "";
        if (projection != null && projection.rows().size() > 5 && projection.rows().get(0).demand() != null) {
            double growth = 100 * (projection.rows().get(5).demand() / projection.rows().get(0).demand() - 1);
            evidence.add(String.format("Method A demand +%.1f%% in 5 years", growth));
            if (growth > 10) {
                high = "/High";
            }
        }
        if (before == 0) {
            evidence.add("No awards in the earlier half of the last 12 months to compare with.");
            return Dimension.NOT_ASSESSED;
        }
        double change = 100.0 * (recent - before) / before;
        evidence.add(String.format("Awards in the last 6 months %d against %d in the 6 before (%+.1f%%)", recent, before, change));
        return (change > 3 ? "Increasing" : change < -3 ? "Decreasing" : "Stable") + high;
    }

    static String ambition(Market m, List<Indicator> all, Projections.Projection projection, List<String> evidence) {
        if (projection == null || projection.rows().size() <= 5 || projection.rows().get(5).gapPercent() == null) {
            evidence.add("Suggested only from a care home projection; set it for this market.");
            return Dimension.NOT_ASSESSED;
        }
        double gap5 = projection.rows().get(5).gapPercent();
        evidence.add(String.format("Method A gap in 5 years %+.1f%% of available beds", gap5));
        Optional<Double> ch4 = v(all, "CH4");
        if (gap5 > 5) {
            return "Increase";
        }
        if (ch4.isPresent() && ch4.get() < 85 && gap5 < -10) {
            return "Decrease";
        }
        return gap5 < 0 ? "Manage" : "Maintain";
    }

    static String workforce(List<Indicator> all, List<String> evidence) {
        Optional<Double> vacancy = v(all, "W2");
        Optional<Double> turnover = v(all, "W3");
        vacancy.ifPresent(x -> evidence.add("W2 vacancy rate " + x + "%"));
        turnover.ifPresent(x -> evidence.add("W3 turnover " + x + "%"));
        if (vacancy.isEmpty() || turnover.isEmpty()) {
            evidence.add("Enter Skills for Care vacancy and turnover rates (W2, W3).");
            return Dimension.NOT_ASSESSED;
        }
        if (vacancy.get() >= 10 || turnover.get() >= 30) {
            return "High risk";
        }
        if (vacancy.get() < 6 && turnover.get() < 25) {
            return "Low risk";
        }
        return "Medium risk";
    }

    static String maturity(Market m, List<Indicator> all, List<String> evidence) {
        long providers = m.services().stream().filter(s -> s.status() == RegistrationStatus.REGISTERED)
                .map(MarketService::providerId).distinct().count();
        Optional<Double> top3 = v(all, "M2.top3");
        evidence.add(providers + " active providers" + top3.map(x -> "; top 3 hold " + x + "% of capacity").orElse(""));
        if (providers < 5) {
            return "Emerging";
        }
        if (providers >= 10 && top3.orElse(100.0) < 50) {
            return "Mature";
        }
        return "Evolving";
    }

    static List<PackageFact> none() {
        return List.of();
    }
}
