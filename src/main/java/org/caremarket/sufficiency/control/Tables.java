package org.caremarket.sufficiency.control;

import static org.caremarket.sufficiency.entity.Table.cell;

import java.util.ArrayList;
import java.util.List;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.caremarket.sufficiency.entity.Table;

/** The sufficiency figures as tables: what every CSV of the API and every table of a statement is made from. */
public final class Tables {

    private Tables() {
    }

    public static Table indicators(String name, String caption, List<Indicator> all) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : all) {
            rows.add(List.of(i.id(), i.name(), i.market(), i.locality(), cell(i.value()), i.unit(), cell(i.numerator()),
                    nz(i.numeratorCounts()), cell(i.denominator()), nz(i.denominatorCounts()), i.status().name(), nz(i.asOf()),
                    nz(i.source()), i.comparator() == null ? "" : cell(i.comparator().value()),
                    i.comparator() == null ? "" : i.comparator().asOf() + "; " + i.comparator().source(), nz(i.definition()), nz(i.note())));
        }
        return new Table(name, caption, List.of("id", "name", "market", "locality", "value", "unit", "numerator",
                "numerator_counts", "denominator", "denominator_counts", "status", "as_of", "source", "england",
                "england_date_and_source", "definition", "note"), rows);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    public static Table population(Population p, int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        for (int year = Math.max(from, p.firstYear()); year <= Math.min(to, p.lastYear()); year++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(year));
            for (AgeBand band : AgeBand.values()) {
                row.add(String.valueOf(Math.round(p.persons(band, year))));
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        columns.add("year");
        for (AgeBand band : AgeBand.values()) {
            columns.add("aged " + band.label());
        }
        return new Table("population", "Projected population by age band, " + p.areaName() + " (persons, rounded). Source: "
                + p.source(), columns, rows);
    }

    public static Table snapshots(List<MonthlySnapshots.Snapshot> snapshots) {
        List<List<String>> rows = new ArrayList<>();
        for (MonthlySnapshots.Snapshot s : snapshots) {
            rows.add(List.of(s.month().toString(), s.kind().name(), String.valueOf(s.services()), String.valueOf(s.reporting()),
                    String.valueOf(s.capacity()), String.valueOf(s.occupied()), String.valueOf(s.vacantAdmittable()),
                    String.valueOf(s.vacantNotAdmittable()), cell(s.occupancyPercent()), String.valueOf(s.under80())));
        }
        return new Table("snapshots", "Monthly snapshots (Capacity Tracker window: reports made before the 15th, within "
                + MonthlySnapshots.LOOKBACK_DAYS + " days)", List.of("month", "kind", "services", "reporting", "capacity",
                "occupied", "vacant_admittable", "vacant_not_admittable", "occupancy_percent", "under_80_percent"), rows);
    }

    public static Table projection(Projections.Projection p) {
        List<List<String>> rows = new ArrayList<>();
        for (Projections.Row r : p.rows()) {
            rows.add(List.of(String.valueOf(r.year()), "+" + r.yearsAhead(), cell(r.demand()), cell(r.required()),
                    cell(r.available()), cell(r.gap()), cell(r.gapPercent()), cell(r.trendLongRun()), cell(r.trendRecent()),
                    cell(r.trendMidpoint())));
        }
        return new Table("projection-" + p.market().toLowerCase().replace('_', '-'), "Projection, " + p.market().toLowerCase().replace('_', ' ')
                + " (" + p.unit() + "): method A (" + (p.rates() == null ? "none" : p.rates()) + ") and method B (trend)",
                List.of("year", "years_ahead", "demand_method_a", "required_method_a", "available", "gap", "gap_percent",
                        "required_trend_long_run", "required_trend_recent", "required_trend_midpoint"), rows);
    }

    public static Table grid(List<RatingGrid.Row> grid) {
        List<List<String>> rows = new ArrayList<>();
        for (RatingGrid.Row r : grid) {
            for (RatingGrid.Cell c : r.cells()) {
                rows.add(List.of(r.market().name(), c.dimension().label(), c.rating(), c.derived(), String.valueOf(c.overridden()),
                        nz(c.reason()), String.valueOf(c.assessedOn()), String.join("; ", c.evidence())));
            }
        }
        return new Table("rating-grid", "Market rating grid", List.of("market", "dimension", "rating", "rule_value",
                "overridden", "reason", "assessed_on", "evidence"), rows);
    }

    public static Table references(List<ReferenceFigure> figures) {
        List<List<String>> rows = new ArrayList<>();
        for (ReferenceFigure f : figures) {
            rows.add(List.of(f.code().name(), f.code().indicator(), f.code().label(), f.value().toPlainString(), f.code().unit(),
                    f.asOf().toString(), f.source()));
        }
        return new Table("reference-figures", "Figures entered by the council", List.of("code", "indicator", "label", "value",
                "unit", "as_of", "source"), rows);
    }
}
