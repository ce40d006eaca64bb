package org.caremarket.vacancy.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.register.entity.CapacityUnit;
import org.caremarket.register.entity.ServiceKind;

/**
 * What a provider says a service can take on, as a whole. It is checked against the service before
 * anything is stored: a report is accepted entire or not at all.
 */
public record VacancyReport(boolean accepting, String notAcceptingReason, BigDecimal weeklyFee,
                            boolean doubleHandedCalls, Set<RoomFeature> roomFeatures, List<VacancyLine> lines,
                            Set<LineKind> parts) {

    /**
     * @param parts the parts of the report the sender filled in, even with an empty list (a homecare service
     *              with no spare hours sends {@code "homecare": []}): a report without its service's part says
     *              nothing of what the service can take, and is refused rather than taken as "nothing free"
     */
    public VacancyReport {
        parts = Set.copyOf(parts);
    }

    /** A report whose parts are those of its lines (the demo market's, and reports read back from storage). */
    public VacancyReport(boolean accepting, String notAcceptingReason, BigDecimal weeklyFee, boolean doubleHandedCalls,
                         Set<RoomFeature> roomFeatures, List<VacancyLine> lines) {
        this(accepting, notAcceptingReason, weeklyFee, doubleHandedCalls, roomFeatures, lines,
                lines.stream().map(VacancyLine::kind).collect(java.util.stream.Collectors.toSet()));
    }

    /** The field of the request each kind of line arrives in, for naming bad fields. */
    public static String field(LineKind kind) {
        return switch (kind) {
            case BED -> "beds";
            case HOMECARE_HOURS -> "homecare";
            case UNIT -> "units";
            case PLACEMENT -> "placements";
            case PLACE -> "places";
        };
    }

    /**
     * Everything wrong with this report for a service of this kind and registered capacity; empty when
     * it can be accepted.
     */
    public List<FieldError> problems(ServiceKind kind, int capacity, Predicate<String> knownDistrict) {
        List<FieldError> problems = new ArrayList<>();
        LineKind expected = LineKind.of(kind);
        // a report in another kind's part is told so below; one with no part at all is told what its kind reports
        if (!parts.contains(expected) && lines.stream().allMatch(l -> l.kind() == expected)) {
            problems.add(new FieldError(field(expected), "is required: a " + kind + " service reports " + field(expected)
                    + (expected == LineKind.HOMECARE_HOURS ? " (an empty list when no hours are spare)"
                    : expected == LineKind.PLACE ? " (0 when none is free)" : ", each type with 0 available where none is free")));
        }
        Set<String> seen = new HashSet<>();
        int[] index = new int[LineKind.values().length];
        int counted = 0;
        for (VacancyLine line : lines) {
            String where = line.kind() == LineKind.PLACE ? "places" : field(line.kind()) + "[" + index[line.kind().ordinal()]++ + "]";
            if (line.kind() != expected) {
                problems.add(new FieldError(field(line.kind()), "a " + kind + " service reports " + field(expected)
                        + ", not " + field(line.kind())));
                continue;
            }
            if (!seen.add(line.identity())) {
                problems.add(new FieldError(where, "the same " + describe(line) + " is listed twice"));
            }
            if (line.kind() == LineKind.HOMECARE_HOURS && !knownDistrict.test(line.district())) {
                problems.add(new FieldError(where + ".district", line.district() + " is not a postcode district"));
            }
            counted += line.available() + line.held() + line.closed();
        }
        if (counted > capacity) {
            String unit = kind.capacityUnit().name().toLowerCase().replace('_', ' ');
            problems.add(new FieldError(field(expected), counted + " " + unit + " reported"
                    + (kind.capacityUnit() == CapacityUnit.BEDS ? " (available + held + closed)" : "")
                    + " but the service is registered for " + capacity));
        }
        if (!accepting && (notAcceptingReason == null || notAcceptingReason.isBlank())) {
            problems.add(new FieldError("admissions.reason", "say why the service is not accepting admissions"));
        }
        if (weeklyFee != null && !kind.isCareHome()) {
            problems.add(new FieldError("weeklyFee", "only care homes report a weekly fee"));
        }
        if (!roomFeatures.isEmpty() && !kind.isCareHome()) {
            problems.add(new FieldError("roomFeatures", "only care homes report room features"));
        }
        if (doubleHandedCalls && kind != ServiceKind.HOMECARE) {
            problems.add(new FieldError("doubleHandedCalls", "only homecare reports double-handed calls"));
        }
        return problems;
    }

    private static String describe(VacancyLine line) {
        return switch (line.kind()) {
            case HOMECARE_HOURS -> line.district() + " " + line.timeBand() + " " + line.days();
            case PLACE -> "places";
            default -> line.type();
        };
    }

    /**
     * The report as a service of this kind reads it: only its kind's lines (a service whose kind was
     * changed in the register keeps its old report until it reports again).
     */
    public VacancyReport forKind(ServiceKind kind) {
        LineKind expected = LineKind.of(kind);
        return new VacancyReport(accepting, notAcceptingReason, kind.isCareHome() ? weeklyFee : null,
                kind == ServiceKind.HOMECARE && doubleHandedCalls, kind.isCareHome() ? roomFeatures : Set.of(),
                lines.stream().filter(l -> l.kind() == expected).toList(), Set.of(expected));
    }

    /** What can be offered now: beds, units, placements or places available; spare homecare hours. */
    public int available() {
        return lines.stream().mapToInt(VacancyLine::available).sum();
    }

    public int held() {
        return lines.stream().mapToInt(VacancyLine::held).sum();
    }

    public int closed() {
        return lines.stream().mapToInt(VacancyLine::closed).sum();
    }

    /** The bed, unit or placement types with something available now. */
    public Set<String> availableTypes() {
        Set<String> types = new java.util.TreeSet<>();
        lines.stream().filter(l -> l.available() > 0 && l.type() != null).forEach(l -> types.add(l.type()));
        return types;
    }
}
