package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a PA is judged against what a person asks for: first the rules that leave them out, then five
 * factors scored out of their weights — availability (hours of the needed slots the PA is free),
 * skills (share of those needed), travel (nearer scores more), rate (further under the budget, towards
 * the National Living Wage, scores more) and verification (a council has seen the documents and none
 * is out of date).
 */
public final class Ranking {

    static final int AVAILABILITY = 0;
    static final int SKILLS = 1;
    static final int TRAVEL = 2;
    static final int RATE = 3;
    static final int VERIFICATION = 4;

    private Ranking() {
    }

    /** What a search compares each PA with, worked out once per search in the cheapest shapes. */
    record Prepared(SearchCriteria c, SearchWeights w, int needed, int neededHours, long startDay, int maxPence,
                    int floorPence, long today, long dbsIssuedSince) {

        static Prepared of(SearchCriteria c, SearchWeights w, LocalDate today) {
            return new Prepared(c, w, c.needed().mask(), c.needed().hours(), c.startDate().toEpochDay(),
                    c.maxRate() == null ? -1 : c.maxRate().movePointRight(2).intValue(),
                    c.payFloor().movePointRight(2).intValue(), today.toEpochDay(),
                    today.minusYears(c.dbsRenewalYears()).toEpochDay());
        }
    }

    /** The first rule that leaves this PA out, or null. */
    static AssistantExclusion exclusion(Listing l, Prepared p) {
        SearchCriteria c = p.c();
        if ((l.week() & p.needed()) == 0) {
            return AssistantExclusion.NOT_FREE_THEN;
        }
        if (l.availableFromDay() > p.startDay()) {
            return AssistantExclusion.STARTS_LATER;
        }
        if (p.maxPence() >= 0 && l.rateFromPence > p.maxPence()) {
            return AssistantExclusion.RATE_ABOVE_BUDGET;
        }
        if (c.gender() != null && l.gender() != c.gender()) {
            return AssistantExclusion.GENDER;
        }
        if (c.language() != null && !l.speaks(c.language())) {
            return AssistantExclusion.LANGUAGE;
        }
        if (c.verifiedOnly() && !l.verifiedAndCurrent(p.today(), p.dbsIssuedSince())) {
            return AssistantExclusion.NOT_VERIFIED;
        }
        return null;
    }

    /** The points of each factor, in the order availability, skills, travel, rate, verification. */
    static double[] parts(Listing l, double km, boolean byDistrict, Prepared p) {
        SearchCriteria c = p.c();
        SearchWeights w = p.w();
        double[] parts = new double[5];
        parts[AVAILABILITY] = p.neededHours() == 0 ? 0 : w.availability() * Week.hours(l.week() & p.needed()) / p.neededHours();
        int wanted = Long.bitCount(c.skills());
        parts[SKILLS] = wanted == 0 ? w.skills() : w.skills() * Long.bitCount(l.skills() & c.skills()) / wanted;
        parts[TRAVEL] = byDistrict ? w.travel() / 2 : w.travel() * Math.max(0, 1 - km / Math.max(1, l.travelKm()));
        parts[RATE] = rate(l.rateFromPence, p.maxPence(), p.floorPence()) * w.rate();
        parts[VERIFICATION] = (l.verifiedAndCurrent(p.today(), p.dbsIssuedSince()) ? 1 : l.verified() ? 0.5 : 0)
                * w.verification();
        return parts;
    }

    static double total(double[] parts) {
        double sum = 0;
        for (double p : parts) {
            sum += p;
        }
        return Math.round(sum * 10) / 10.0;
    }

    /** Share of the rate weight: 1 at or below the pay floor, 0 at the budget, ½ when no budget is given (all in pence). */
    private static double rate(int from, int max, int floor) {
        if (max < 0) {
            return 0.5;
        }
        int room = max - floor;
        if (room <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, (double) (max - from) / room));
    }

    /** The factors of a PA in the results, each with a sentence a person can read. */
    public static List<AssistantFactor> explain(TravelGrid.Ranked r, SearchCriteria c, SearchWeights w, LocalDate today) {
        Listing l = r.listing();
        double[] p = r.parts();
        List<AssistantFactor> factors = new ArrayList<>();
        int needed = c.needed().hours();
        Week free = new Week(l.week() & c.needed().mask());
        factors.add(new AssistantFactor("availability", free.hours() + " of " + needed + " hours", w.availability(), round(p[AVAILABILITY]),
                free.covers(c.needed()) ? "Free at every time needed (" + c.needed().describe() + ")."
                        : "Free for " + free.hours() + " of the " + needed + " hours needed: " + free.describe() + "."));
        List<Skill> wanted = Skill.of(c.skills());
        List<Skill> has = Skill.of(l.skills() & c.skills());
        List<Skill> missing = Skill.of(c.skills() & ~l.skills());
        factors.add(new AssistantFactor("skills", has.size() + " of " + wanted.size(), w.skills(), round(p[SKILLS]),
                wanted.isEmpty() ? "No particular skills asked for."
                        : missing.isEmpty() ? "Has every skill asked for: " + words(has) + "."
                        : "Has " + has.size() + " of the " + wanted.size() + " skills asked for; not " + words(missing) + "."));
        String km = Math.max(1, Math.round(r.distanceKm())) + " km";
        factors.add(new AssistantFactor("travel", km, w.travel(), round(p[TRAVEL]),
                r.distanceKm() > l.travelKm()
                        ? "About " + km + " away; works in " + c.district() + " though it is beyond the " + l.travelKm() + " km they travel."
                        : "About " + km + " away; travels up to " + l.travelKm() + " km."));
        String rate = TravelGrid.pounds(l.rateFrom()) + (l.rateTo().compareTo(l.rateFrom()) > 0
                ? " to " + TravelGrid.pounds(l.rateTo()) : "") + " an hour";
        factors.add(new AssistantFactor("rate", rate, w.rate(), round(p[RATE]),
                c.maxRate() == null ? "Asks " + rate + "; no budget given."
                        : l.rateFrom().compareTo(c.maxRate()) == 0 ? "Asks " + rate + ", the most the budget allows."
                        : "Asks from " + TravelGrid.pounds(l.rateFrom()) + ", " + TravelGrid.pounds(c.maxRate().subtract(l.rateFrom()))
                        + " an hour under the " + TravelGrid.pounds(c.maxRate()) + " budget."));
        Checks checks = l.checks(today, c.dbsRenewalYears());
        factors.add(new AssistantFactor("verification", checks.verified() ? "verified " + checks.verifiedOn() : "not verified",
                w.verification(), round(p[VERIFICATION]), describe(checks)));
        return factors;
    }

    static String describe(Checks checks) {
        List<String> out = new ArrayList<>();
        if (checks.dbs() != CheckStatus.CURRENT) {
            out.add(checks.dbs() == CheckStatus.NONE ? "no DBS check given" : "DBS certificate due for renewal");
        }
        if (checks.insurance() != CheckStatus.CURRENT) {
            out.add(checks.insurance() == CheckStatus.NONE ? "no public liability insurance given" : "insurance expired");
        }
        if (!checks.rightToWorkChecked()) {
            out.add("right to work not checked");
        }
        if (!checks.verified()) {
            return "A council has not seen their documents" + (out.isEmpty() ? "." : "; " + String.join(", ", out) + ".");
        }
        return out.isEmpty() ? "A council saw their documents on " + checks.verifiedOn() + " and all checks are in date."
                : "A council saw their documents on " + checks.verifiedOn() + ", but: " + String.join(", ", out) + ".";
    }

    private static String words(List<Skill> skills) {
        return skills.stream().map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private static double round(double points) {
        return BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
