package org.caremarket.sufficiency.control;

import static org.caremarket.sufficiency.control.Html.esc;
import static org.caremarket.sufficiency.entity.Table.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.AgeBand;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Indicator;
import org.caremarket.sufficiency.entity.Narrative;
import org.caremarket.sufficiency.entity.NationalFigures;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.Table;

/**
 * Renders a Market Position Statement: the page of {@code market-position/templates/statement.html} filled with the
 * market's figures (tables first), accessible SVG charts beside their tables, and a CSV for every chart and table.
 * Returns the files by name: {@code statement.html} and {@code files/<table>.csv} (the page links them relatively).
 */
public final class StatementRenderer {

    static final String TEMPLATE = "market-position/templates/statement.html";
    static final String CSS = "market-position/templates/statement.css";

    private StatementRenderer() {
    }

    /** What a statement is rendered from. */
    public record Input(String title, boolean published, String dateLine, Market market, Narrative narrative,
                        List<Indicator> indicators, List<MonthlySnapshots.Snapshot> snapshots,
                        List<Projections.Projection> projections, List<RatingGrid.Row> grid) {
    }

    static String resource(String name) {
        try (InputStream in = StatementRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME_NURSING -> "Care homes with nursing";
            case CARE_HOME_RESIDENTIAL -> "Care homes without nursing (residential)";
            case HOMECARE -> "Home care";
            case EXTRA_CARE -> "Extra care housing";
            case SUPPORTED_LIVING -> "Supported living";
            case SHARED_LIVES -> "Shared Lives";
        };
    }

    /** The statement's files: the page first, then each CSV. */
    public static Map<String, String> render(Input in) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> slots = new LinkedHashMap<>();
        Market m = in.market();
        slots.put("title", esc(in.title()));
        slots.put("council", esc(m.councilName()));
        slots.put("status", in.published() ? "Published" : "Draft: not published");
        slots.put("statusClass", in.published() ? "published" : "draft");
        slots.put("dateLine", esc(in.dateLine()));
        slots.put("computedAt", esc(m.now().atZone(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString().replace('T', ' ') + " UTC"));
        slots.put("keyMessages", keyMessages(in));
        slots.put("gridSummary", grid(in, files));
        slots.put("moreLess", moreLess(in.narrative()));
        slots.put("strategicContext", Html.para(in.narrative().strategicContext()));
        slots.put("demography", demography(in, files));
        slots.put("financial", indicatorTable(files, "fees", "Fees: usual rates, average prices awarded and the gap to the Fair Cost of Care",
                in.indicators().stream().filter(i -> i.id().startsWith("F")).toList()));
        slots.put("overview", overview(in, files));
        slots.put("markets", markets(in, files));
        slots.put("workforce", indicatorTable(files, "workforce", "Workforce (Skills for Care figures entered by the council)",
                in.indicators().stream().filter(i -> i.id().startsWith("W")).toList()));
        slots.put("quality", quality(in, files));
        slots.put("intentions", intentions(in.narrative(), null));
        slots.put("engage", Html.para(in.narrative().howToEngage()));
        slots.put("ratingDefinitions", ratingDefinitions(files));
        slots.put("method", method(in, files));
        slots.put("national", national(files));
        slots.put("caveats", caveats(in));
        String css = resource(CSS);
        String page = resource(TEMPLATE).replace("{{css}}", css);
        Matcher placeholders = java.util.regex.Pattern.compile("\\{\\{([a-zA-Z]+)}}").matcher(page);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String value = slots.get(placeholders.group(1));
            placeholders.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        placeholders.appendTail(out);
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("statement.html", out.toString());
        ordered.putAll(files);
        return ordered;
    }

    static String addTable(Map<String, String> files, Table t) {
        files.put("files/" + t.name() + ".csv", t.csv());
        return Html.table(t) + "<p class=\"csv\"><a class=\"csv-link\" href=\"files/" + t.name() + ".csv\" download>Download this table as CSV</a></p>";
    }

    static String addFigure(Map<String, String> files, String chartId, String heading, Table t, String svg) {
        files.put("files/" + t.name() + ".csv", t.csv());
        return Html.figure(chartId, heading, t, svg);
    }

    static String indicatorTable(Map<String, String> files, String name, String caption, List<Indicator> list) {
        if (list.isEmpty()) {
            return "<p class=\"missing\">No figures.</p>";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : list) {
            rows.add(List.of(i.id(), i.name(), i.value() == null ? "" : cell(i.value()), i.unit(),
                    i.comparator() == null ? "" : cell(i.comparator().value()), i.asOf() == null ? "" : i.asOf(),
                    i.value() == null ? statusText(i) : i.note() == null ? "" : i.note()));
        }
        return addTable(files, new Table(name, caption, List.of("Indicator", "Name", "Value", "Unit", "England", "Date of data",
                "Note"), rows));
    }

    static String statusText(Indicator i) {
        return switch (i.status()) {
            case NO_POPULATION_DATA -> "No population data. " + (i.note() == null ? "" : i.note());
            case NOT_ENTERED -> "Not entered. " + (i.note() == null ? "" : i.note());
            case NO_DATA -> "No data. " + (i.note() == null ? "" : i.note());
            default -> "";
        };
    }

    static Optional<Indicator> find(Input in, String id) {
        return Indicators.find(in.indicators(), id).filter(i -> i.value() != null);
    }

    static String keyMessages(Input in) {
        List<String> bullets = new ArrayList<>();
        find(in, "CH4").ifPresent(i -> bullets.add(String.format("Care homes are %s%% occupied (England %s%%, %s): %s",
                cell(i.value()), cell(i.comparator().value()), i.comparator().asOf(), i.value() > i.comparator().value()
                        ? "fuller than England, so spare beds are scarcer here." : "less full than England.")));
        find(in, "CH5").ifPresent(i -> bullets.add("Vacant and admittable beds: " + cell(i.value()) + "% of beds ("
                + cell(i.numerator()) + " beds); England " + cell(i.comparator().value()) + "%."));
        find(in, "CH3").ifPresent(i -> bullets.add("There are " + cell(i.value()) + " care home beds per 100 people aged 75+ "
                + "(England " + cell(i.comparator().value()) + ", " + i.comparator().asOf() + ")."));
        find(in, "D2.85+").ifPresent(i -> bullets.add("People aged 85+ are projected to grow to an index of " + cell(i.value())
                + " (" + i.asOf() + "), from " + String.format(java.util.Locale.UK, "%,d", Math.round(i.denominator())) + " to "
                + String.format(java.util.Locale.UK, "%,d", Math.round(i.numerator())) + " people."));
        find(in, "CH8").ifPresent(i -> bullets.add(cell(i.value()) + "% of care home beds are in homes CQC rates Good or Outstanding."));
        find(in, "B2.median").ifPresent(i -> bullets.add("Half of the care requested in the last 12 months was arranged within "
                + cell(i.value()) + " days" + find(in, "B2.p90").map(p -> "; nine in ten within " + cell(p.value()) + " days.").orElse(".")));
        find(in, "CH13").ifPresent(i -> bullets.add(cell(i.value()) + " care homes ran under 80% occupied in each of the last three months."));
        for (Projections.Projection p : in.projections()) {
            if (p.market().equals("CARE_HOMES") && p.rows().size() > 10) {
                Projections.Row r = p.rows().get(10);
                bullets.add(String.format("At today's use rates, %d would need %s beds at %.0f%% occupancy against %s today: a gap of %s beds (method A).",
                        r.year(), cell(r.required()), 100 * p.targetOccupancy(), cell(r.available()), cell(r.gap())));
            }
        }
        if (in.market().population() == null) {
            bullets.add("No population data is held for " + in.market().councilName() + ", so the figures that need it are not shown.");
        }
        if (bullets.isEmpty()) {
            return "<p class=\"missing\">No figures yet.</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"key-messages\">");
        bullets.forEach(b -> out.append("<li>").append(esc(b)).append("</li>"));
        return out.append("</ul>").toString();
    }

    static String grid(Input in, Map<String, String> files) {
        if (in.grid().isEmpty()) {
            return "<p class=\"missing\">No markets.</p>";
        }
        files.put("files/c13-rating-grid.csv", Tables.grid(in.grid()).csv());
        StringBuilder out = new StringBuilder("<figure aria-labelledby=\"c13-caption\"><figcaption id=\"c13-caption\">C13. Market "
                + "rating grid: each market against the six dimensions (the commissioners' rating where they set one)</figcaption>"
                + "<table><caption>Market rating grid</caption><thead><tr><th scope=\"col\">Market</th>");
        for (Dimension d : Dimension.values()) {
            out.append("<th scope=\"col\">").append(esc(d.label())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (RatingGrid.Row r : in.grid()) {
            out.append("<tr><th scope=\"row\">").append(esc(label(r.market()))).append("</th>");
            for (RatingGrid.Cell c : r.cells()) {
                String cls = "rating-" + c.rating().replaceAll(" \\(.*", "").replaceAll("/.*", "").replace(' ', '-');
                out.append("<td class=\"").append(esc(cls)).append("\">").append(esc(c.rating()))
                        .append(c.overridden() ? " <span class=\"note\">(set " + esc(String.valueOf(c.assessedOn())) + ")</span>" : "")
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table><p class=\"note\">Assessed on ").append(esc(in.market().today().toString()))
                .append(" unless marked. The evidence behind each value is in the CSV and under each market in section 7.</p>")
                .append("<p class=\"csv\"><a class=\"csv-link\" href=\"files/c13-rating-grid.csv\" download>Download the figures of C13 as CSV</a></p></figure>");
        return out.toString();
    }

    static String moreLess(Narrative n) {
        if (n.intentions().isEmpty()) {
            return "<p class=\"missing\">The council has not written its commissioning intentions yet.</p>";
        }
        StringBuilder out = new StringBuilder("<table><caption>What the council wants more of, less of, and to keep</caption><thead><tr>");
        for (Narrative.Direction d : Narrative.Direction.values()) {
            out.append("<th scope=\"col\">").append(d.label()).append("</th>");
        }
        out.append("</tr></thead><tbody><tr>");
        for (Narrative.Direction d : Narrative.Direction.values()) {
            out.append("<td><ul>");
            n.intentions().stream().filter(i -> i.direction() == d).forEach(i -> out.append("<li>").append(esc(i.text())).append("</li>"));
            out.append("</ul></td>");
        }
        return out.append("</tr></tbody></table>").toString();
    }

    static String intentions(Narrative n, ServiceKind market) {
        List<Narrative.Intention> list = n.intentions().stream().filter(i -> market == null || i.market().equals(market.name())).toList();
        if (list.isEmpty()) {
            return "<p class=\"missing\">No commissioning intentions written" + (market == null ? "" : " for this market") + ".</p>";
        }
        StringBuilder out = new StringBuilder("<table><caption>Commissioning intentions</caption><thead><tr><th scope=\"col\">Market</th>"
                + "<th scope=\"col\">Direction</th><th scope=\"col\">What it means for providers</th></tr></thead><tbody>");
        for (Narrative.Intention i : list) {
            String m = "ALL".equals(i.market()) ? "All markets" : label(ServiceKind.valueOf(i.market()));
            out.append("<tr><th scope=\"row\">").append(esc(m)).append("</th><td>").append(i.direction().label()).append("</td><td>")
                    .append(esc(i.text())).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    static String demography(Input in, Map<String, String> files) {
        Market m = in.market();
        Population p = m.population();
        StringBuilder out = new StringBuilder();
        out.append(indicatorTable(files, "demography", "Population and old-age pressure (D1–D3)",
                in.indicators().stream().filter(i -> i.id().startsWith("D1") || i.id().startsWith("D2") || i.id().startsWith("D3")).toList()));
        if (p == null) {
            return out.append("<p>No population data is held for ").append(esc(m.councilName()))
                    .append(", so the charts of population growth (C1, C2) and use rates (C3) are not shown.</p>").toString();
        }
        int base = m.today().getYear();
        int last = Math.min(p.lastYear(), base + 20);
        List<AgeBand> bands = List.of(AgeBand.AGED_18_64, AgeBand.AGED_65_74, AgeBand.AGED_75_84, AgeBand.AGED_85_89, AgeBand.AGED_90_PLUS);
        List<String> years = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        Map<AgeBand, List<Double>> index = new EnumMap<>(AgeBand.class);
        for (int y = base; y <= last; y++) {
            years.add(String.valueOf(y));
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(y));
            for (AgeBand b : bands) {
                double v = Math.round(1000 * p.persons(b, y) / p.persons(b, base)) / 10.0;
                index.computeIfAbsent(b, k -> new ArrayList<>()).add(v);
                row.add(cell(v));
            }
            rows.add(row);
        }
        bands.forEach(b -> series.add(new Charts.Series("aged " + b.label(), index.get(b), false)));
        List<String> columns = new ArrayList<>(List.of("Year"));
        bands.forEach(b -> columns.add("aged " + b.label()));
        Table c1 = new Table("c1-population-index", "Population growth index by age band (" + base + " = 100). Source: " + p.source(), columns, rows);
        out.append(addFigure(files, "c1", "Population growth index by age band, " + base + " to " + last, c1,
                Charts.line("c1", "Population growth index by age band, " + base + "–" + last + " (" + base + " = 100)",
                        "Line chart. " + describeLast(bands, index, last), years, series, "index (" + base + " = 100)", false)));
        List<List<String>> growth = new ArrayList<>();
        List<Double> plus10 = new ArrayList<>();
        List<Double> plus20 = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AgeBand b : AgeBand.values()) {
            double now = p.persons(b, base);
            Double g10 = p.covers(base + 10) ? Math.round(1000 * (p.persons(b, base + 10) / now - 1)) / 10.0 : null;
            Double g20 = p.covers(base + 20) ? Math.round(1000 * (p.persons(b, base + 20) / now - 1)) / 10.0 : null;
            names.add(b.label());
            plus10.add(g10);
            plus20.add(g20);
            growth.add(List.of(b.label(), String.valueOf(Math.round(now)), g10 == null ? "" : cell(g10), g20 == null ? "" : cell(g20)));
        }
        Table c2 = new Table("c2-population-growth", "Growth by age band, " + base + " to " + (base + 10) + " and " + (base + 20)
                + " (%). Source: " + p.source(), List.of("Age band", "Persons " + base, "% change to " + (base + 10),
                "% change to " + (base + 20)), growth);
        out.append(addFigure(files, "c2", "Growth by age band to +10 and +20 years", c2, Charts.bars("c2",
                "Population growth by age band, " + base + " to " + (base + 10) + " and " + (base + 20) + " (%)",
                "Bar chart of the percentage change in each age band; the oldest bands grow fastest: 85+ by "
                        + cell(plus10.get(AgeBand.AGED_85_PLUS.ordinal())) + "% in ten years.", names,
                List.of(new Charts.Series("to " + (base + 10), plus10, false), new Charts.Series("to " + (base + 20), plus20, false)), "% change")));
        List<Indicator> d7 = in.indicators().stream().filter(i -> i.id().startsWith("D7.") && i.value() != null).toList();
        if (!d7.isEmpty()) {
            List<List<String>> r3 = new ArrayList<>();
            List<String> cats = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            for (Indicator i : d7) {
                String name = i.id().substring(3);
                cats.add(name.replace("care-homes.", "CH ").replace("homecare.", "HC "));
                vals.add(i.value());
                r3.add(List.of(name, cell(i.numerator()), cell(i.denominator()), cell(i.value())));
            }
            Table c3 = new Table("c3-use-rates", "Council service-use rate by age band (D7)", List.of("Service and band",
                    "Council-funded people", "Population", "Rate (%)"), r3);
            out.append(addFigure(files, "c3", "Council service-use rate by age band", c3, Charts.bars("c3",
                    "Council service-use rate by age band (%)", "Bar chart of the share of each age band the council funds in "
                            + "care homes (CH) and home care (HC).", cats, List.of(new Charts.Series("use rate", vals, false)), "% of the band")));
        } else {
            out.append("<p class=\"note\">C3 (service-use rates by age) needs council-funded people by age band, which the council has "
                    + "not entered (D7).</p>");
        }
        return out.toString();
    }

    static String describeLast(List<AgeBand> bands, Map<AgeBand, List<Double>> index, int last) {
        StringBuilder d = new StringBuilder("By " + last + ": ");
        for (int i = 0; i < bands.size(); i++) {
            List<Double> v = index.get(bands.get(i));
            d.append("aged ").append(bands.get(i).label()).append(' ').append(cell(v.get(v.size() - 1))).append(i < bands.size() - 1 ? ", " : ".");
        }
        return d.toString();
    }

    static String overview(Input in, Map<String, String> files) {
        Market m = in.market();
        List<List<String>> rows = new ArrayList<>();
        Map<ServiceKind, List<MarketService>> byKind = new TreeMap<>();
        m.services().stream().filter(s -> s.status() == RegistrationStatus.REGISTERED)
                .forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        List<String> kinds = new ArrayList<>();
        Map<RatingValue, List<Double>> mix = new EnumMap<>(RatingValue.class);
        List<List<String>> mixRows = new ArrayList<>();
        for (var e : byKind.entrySet()) {
            List<MarketService> list = e.getValue();
            int capacity = list.stream().mapToInt(MarketService::capacity).sum();
            long providers = list.stream().map(MarketService::providerId).distinct().count();
            long good = list.stream().filter(s -> Indicators.goodOrOutstanding(s.rating())).count();
            rows.add(List.of(label(e.getKey()), String.valueOf(list.size()), String.valueOf(providers), String.valueOf(capacity),
                    e.getKey().capacityUnit().name().toLowerCase().replace('_', ' '), cell(Math.round(1000.0 * good / list.size()) / 10.0)));
            kinds.add(label(e.getKey()).replaceAll(" \\(.*", ""));
            List<String> mixRow = new ArrayList<>(List.of(label(e.getKey())));
            for (RatingValue r : RatingValue.values()) {
                long n = list.stream().filter(s -> s.rating() == r).count();
                mix.computeIfAbsent(r, k -> new ArrayList<>()).add((double) n);
                mixRow.add(String.valueOf(n));
            }
            mixRows.add(mixRow);
        }
        StringBuilder out = new StringBuilder();
        out.append(addTable(files, new Table("market-overview", "Registered services by kind", List.of("Kind", "Services",
                "Providers", "Capacity", "Unit", "% rated Good or Outstanding"), rows)));
        if (!mixRows.isEmpty()) {
            List<String> columns = new ArrayList<>(List.of("Kind"));
            List<Charts.Series> parts = new ArrayList<>();
            for (RatingValue r : RatingValue.values()) {
                String name = r.name().charAt(0) + r.name().substring(1).toLowerCase().replace('_', ' ');
                columns.add(name);
                parts.add(new Charts.Series(name, mix.get(r), false));
            }
            Table c6 = new Table("c6-rating-mix", "CQC rating mix by kind of service (services). England's mix is not held here.",
                    columns, mixRows);
            out.append(addFigure(files, "c6", "CQC rating mix by kind of service", c6, Charts.stacked("c6",
                    "CQC rating mix by kind of service (% of services)", "100% stacked bar chart: for each kind of service, the "
                            + "share of services rated Outstanding, Good, Requires improvement, Inadequate and not yet rated.", kinds, parts)));
        }
        out.append(indicatorTable(files, "market-structure", "Entries, exits, concentration and size (M1–M3)",
                in.indicators().stream().filter(i -> i.id().startsWith("M")).toList()));
        Map<String, int[]> districts = new TreeMap<>();
        for (MarketService s : m.services()) {
            if (s.status() == RegistrationStatus.REGISTERED && s.kind().isCareHome()) {
                int[] d = districts.computeIfAbsent(s.district(), k -> new int[2]);
                d[0] += s.capacity();
                var c = m.current().get(s.id());
                if (c != null) {
                    d[1] += c.available() + c.held();
                }
            }
        }
        if (!districts.isEmpty()) {
            List<Map.Entry<String, int[]>> top = districts.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0])).limit(15).toList();
            List<List<String>> r12 = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Double> beds = new ArrayList<>();
            List<Double> spare = new ArrayList<>();
            for (var e : top) {
                names.add(e.getKey());
                beds.add((double) e.getValue()[0]);
                spare.add((double) e.getValue()[1]);
                r12.add(List.of(e.getKey(), String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1])));
            }
            Table c12 = new Table("c12-beds-by-district", "Care home beds and vacant admittable beds by postcode district (the 15 "
                    + "districts with most beds)", List.of("District", "Registered beds", "Vacant admittable beds now"), r12);
            out.append(addFigure(files, "c12", "Care home supply by district", c12, Charts.bars("c12",
                    "Care home beds and vacant admittable beds by postcode district", "Bar chart of registered beds and of the beds "
                            + "vacant and admittable now in the " + top.size() + " districts with most beds; " + top.get(0).getKey()
                            + " has most.", names, List.of(new Charts.Series("registered beds", beds, false),
                            new Charts.Series("vacant admittable", spare, false)), "beds")));
        }
        return out.toString();
    }

    static String markets(Input in, Map<String, String> files) {
        Market m = in.market();
        StringBuilder out = new StringBuilder();
        int n = 1;
        boolean careHomesDone = false;
        for (RatingGrid.Row row : in.grid()) {
            ServiceKind kind = row.market();
            Market cut = m.cut(kind, null, null);
            List<Indicator> indicators = Indicators.of(cut);
            String slug = kind.name().toLowerCase().replace('_', '-');
            out.append("<h3 id=\"market-").append(slug).append("\">7.").append(n++).append(' ').append(esc(label(kind))).append("</h3>");
            out.append("<h4>Market rating</h4>");
            List<List<String>> gridRows = new ArrayList<>();
            for (RatingGrid.Cell c : row.cells()) {
                gridRows.add(List.of(c.dimension().label(), c.rating(), c.derived(), c.overridden() ? c.reason() : "",
                        String.valueOf(c.assessedOn()), String.join("; ", c.evidence())));
            }
            out.append(addTable(files, new Table("rating-" + slug, "Market rating, " + label(kind), List.of("Dimension", "Rating",
                    "Rule's value", "Reason for a different rating", "Assessed on", "Evidence"), gridRows)));
            out.append("<h4>Market data</h4>");
            out.append(indicatorTable(files, "market-" + slug, "Market data, " + label(kind), indicators));
            if (kind.isCareHome() && !careHomesDone) {
                careHomesDone = true;
                out.append(careHomeCharts(in, files));
            }
            out.append("<h4>Commissioning intentions</h4>").append(intentions(in.narrative(), kind));
        }
        out.append("<h3 id=\"sourcing\">7.").append(n).append(" Sourcing across all markets</h3>").append(sourcing(in, files));
        return out.toString();
    }

    static String careHomeCharts(Input in, Map<String, String> files) {
        StringBuilder out = new StringBuilder();
        List<MonthlySnapshots.Snapshot> homes = Projections.careHomeMonths(in.snapshots());
        if (!homes.isEmpty()) {
            List<String> months = new ArrayList<>();
            List<Double> occupied = new ArrayList<>();
            List<Double> admittable = new ArrayList<>();
            List<Double> closed = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (MonthlySnapshots.Snapshot s : homes) {
                months.add(s.month().toString());
                occupied.add((double) s.occupied());
                admittable.add((double) s.vacantAdmittable());
                closed.add((double) s.vacantNotAdmittable());
                double cap = Math.max(1, s.capacity());
                rows.add(List.of(s.month().toString(), String.valueOf(s.reporting()), String.valueOf(s.capacity()),
                        cell(Math.round(1000.0 * s.occupied() / cap) / 10.0), cell(Math.round(1000.0 * s.vacantAdmittable() / cap) / 10.0),
                        cell(Math.round(1000.0 * s.vacantNotAdmittable() / cap) / 10.0)));
            }
            Table c4 = new Table("c4-bed-states", "Care home beds by state, each month (Capacity Tracker window; homes that reported)",
                    List.of("Month", "Homes reporting", "Beds", "Occupied %", "Vacant admittable %", "Vacant not admittable %"), rows);
            out.append(addFigure(files, "c4", "Care home beds: occupied, vacant admittable, vacant not admittable", c4,
                    Charts.stacked("c4", "Care home beds by state each month (% of beds of the homes that reported)",
                            "100% stacked bar chart, one bar a month from " + months.get(0) + " to " + months.get(months.size() - 1)
                                    + ": occupied, vacant and admittable, vacant and not admittable.", months,
                            List.of(new Charts.Series("occupied", occupied, false), new Charts.Series("vacant admittable", admittable, false),
                                    new Charts.Series("vacant not admittable", closed, false)))));
            Map<ServiceKind, Map<YearMonth, Double>> bySegment = new EnumMap<>(ServiceKind.class);
            for (MonthlySnapshots.Snapshot s : in.snapshots()) {
                if (s.kind().isCareHome() && s.occupancyPercent() != null) {
                    bySegment.computeIfAbsent(s.kind(), k -> new TreeMap<>()).put(s.month(), s.occupancyPercent());
                }
            }
            List<Charts.Series> lines = new ArrayList<>();
            List<List<String>> r5 = new ArrayList<>();
            for (var e : bySegment.entrySet()) {
                lines.add(new Charts.Series(e.getKey() == ServiceKind.CARE_HOME_NURSING ? "with nursing" : "residential",
                        homes.stream().map(h -> e.getValue().get(h.month())).toList(), false));
            }
            lines.add(new Charts.Series("England " + cell(NationalFigures.OCCUPANCY.value()) + "%",
                    homes.stream().map(h -> NationalFigures.OCCUPANCY.value()).toList(), true));
            for (MonthlySnapshots.Snapshot h : homes) {
                List<String> r = new ArrayList<>(List.of(h.month().toString()));
                for (var e : bySegment.entrySet()) {
                    r.add(cell(e.getValue().get(h.month())));
                }
                r.add(cell(NationalFigures.OCCUPANCY.value()));
                r5.add(r);
            }
            List<String> cols = new ArrayList<>(List.of("Month"));
            bySegment.keySet().forEach(k -> cols.add(k == ServiceKind.CARE_HOME_NURSING ? "With nursing %" : "Residential %"));
            cols.add("England % (" + NationalFigures.OCCUPANCY.asOf() + ")");
            Table c5 = new Table("c5-occupancy", "Occupancy by segment each month against England", cols, r5);
            out.append(addFigure(files, "c5", "Occupancy by segment against England", c5, Charts.line("c5",
                    "Care home occupancy by segment each month, against England (%)", "Line chart of monthly occupancy of homes "
                            + "with nursing and residential homes; the dashed line is England's " + cell(NationalFigures.OCCUPANCY.value())
                            + "% (" + NationalFigures.OCCUPANCY.source() + ").", months, lines, "% occupied", false)));
        }
        for (Projections.Projection p : in.projections()) {
            if (!p.market().equals("CARE_HOMES")) {
                continue;
            }
            if (p.rows().isEmpty()) {
                out.append("<h4>Future demand and gap</h4><p>").append(esc(p.note())).append("</p>");
                continue;
            }
            List<String> years = p.rows().stream().map(r -> String.valueOf(r.year())).toList();
            List<Charts.Series> s = new ArrayList<>();
            s.add(new Charts.Series("required (method A)", p.rows().stream().map(Projections.Row::required).toList(), false));
            s.add(new Charts.Series("available today", p.rows().stream().map(Projections.Row::available).toList(), false));
            if (p.rows().get(0).trendLongRun() != null) {
                s.add(new Charts.Series("trend, long run (B)", p.rows().stream().map(Projections.Row::trendLongRun).toList(), true));
                s.add(new Charts.Series("trend, recent (B)", p.rows().stream().map(Projections.Row::trendRecent).toList(), true));
            }
            Projections.Row last = p.rows().get(p.rows().size() - 1);
            out.append("<h4>Future demand and gap</h4><p>").append(esc("Method A: " + p.rates() + "; beds required at "
                    + Math.round(100 * p.targetOccupancy()) + "% occupancy. Method B: trend lines over the monthly snapshots."
                    + (p.note() == null ? "" : " " + p.note()))).append("</p>");
            out.append(addFigure(files, "c7", "Care home beds required against available", Tables.projection(p), Charts.line("c7",
                    "Care home beds required against beds available, " + years.get(0) + "–" + years.get(years.size() - 1),
                    "Line chart. Beds required at today's use rates rise from " + Math.round(p.rows().get(0).required()) + " to "
                            + Math.round(last.required()) + " by " + last.year() + " against " + cell(last.available())
                            + " available today; dashed lines are the trend scenarios.", years, s, "beds", false)));
        }
        return out.toString();
    }

    static String sourcing(Input in, Map<String, String> files) {
        StringBuilder out = new StringBuilder();
        out.append(indicatorTable(files, "sourcing", "Brokerage and sourcing (B1–B7)",
                in.indicators().stream().filter(i -> i.id().startsWith("B")).toList()));
        Instant yearAgo = in.market().now().minus(Duration.ofDays(365));
        List<PackageFact> year = in.market().packages().stream().filter(p -> !p.createdAt().isBefore(yearAgo)).toList();
        int[] buckets = new int[6];
        String[] names = {"under 1 day", "1–2 days", "2–7 days", "7–14 days", "14–28 days", "28 days or more"};
        double[] limits = {1, 2, 7, 14, 28, Double.MAX_VALUE};
        for (PackageFact p : year) {
            if (p.status() == PackageStatus.AWARDED && p.closedAt() != null) {
                double days = Duration.between(p.createdAt(), p.closedAt()).toSeconds() / 86_400.0;
                for (int i = 0; i < limits.length; i++) {
                    if (days < limits[i]) {
                        buckets[i]++;
                        break;
                    }
                }
            }
        }
        if (java.util.Arrays.stream(buckets).sum() > 0) {
            List<List<String>> rows = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                rows.add(List.of(names[i], String.valueOf(buckets[i])));
                values.add((double) buckets[i]);
            }
            Table c11 = new Table("c11-time-to-source", "Requests awarded in the last 12 months by time from request to award",
                    List.of("Time to source", "Requests awarded"), rows);
            out.append(addFigure(files, "c11", "Time to source", c11, Charts.bars("c11", "Requests awarded by time to source, last 12 months",
                    "Histogram of the " + java.util.Arrays.stream(buckets).sum() + " requests awarded, by days from request to award.",
                    List.of(names), List.of(new Charts.Series("requests awarded", values, false)), "requests")));
        }
        Map<YearMonth, int[]> monthly = new TreeMap<>();
        for (PackageFact p : year) {
            YearMonth mth = YearMonth.from(p.createdAt().atZone(ZoneOffset.UTC));
            int[] c = monthly.computeIfAbsent(mth, k -> new int[3]);
            if (p.status() == PackageStatus.AWARDED && p.funding() == Funding.COUNCIL_ARRANGED) {
                c[p.kind().isCareHome() ? 0 : p.kind() == ServiceKind.HOMECARE ? 1 : 2]++;
            }
        }
        if (!monthly.isEmpty()) {
            List<String> months = monthly.keySet().stream().map(YearMonth::toString).toList();
            List<List<String>> rows = new ArrayList<>();
            monthly.forEach((k, v) -> rows.add(List.of(k.toString(), String.valueOf(v[0]), String.valueOf(v[1]), String.valueOf(v[2]))));
            Table c9 = new Table("c9-funded-awards", "Council-arranged awards by month requested", List.of("Month", "Care homes",
                    "Home care", "Other"), rows);
            out.append(addFigure(files, "c9", "Council-funded placements and packages by month", c9, Charts.line("c9",
                    "Council-arranged awards by month requested", "Line chart of council-arranged awards each month for care "
                            + "homes, home care and other services, " + months.get(0) + " to " + months.get(months.size() - 1) + ".",
                    months, List.of(new Charts.Series("care homes", monthly.values().stream().map(v -> (double) v[0]).toList(), false),
                            new Charts.Series("home care", monthly.values().stream().map(v -> (double) v[1]).toList(), false),
                            new Charts.Series("other", monthly.values().stream().map(v -> (double) v[2]).toList(), false)), "awards", true)));
        }
        return out.toString();
    }

    static String quality(Input in, Map<String, String> files) {
        return indicatorTable(files, "quality-sustainability", "Quality and sustainability (CH8, CH9, CH12, CH13)",
                in.indicators().stream().filter(i -> i.id().startsWith("CH8") || i.id().equals("CH9") || i.id().startsWith("CH12")
                        || i.id().equals("CH13")).toList())
                + "<p>Homes under 80% occupied for three months running are a sustainability risk; the council watches them, with "
                + "deregistrations, rating falls and requests unsourced for more than 7 days.</p>";
    }

    static String ratingDefinitions(Map<String, String> files) {
        List<List<String>> rows = List.of(
                List.of("Market quality", "Good / Requires improvement / Poor", "Share of capacity (beds; services for other markets) rated Good or Outstanding: Good 80% or more and under 2% Inadequate; Poor under 65% or 5% or more Inadequate; otherwise Requires improvement."),
                List.of("Market supply", "Good / Limited / Insufficient / Over-supplied", "Care homes: Good if vacant admittable beds are 5% or more, the median time to source 7 days or less and the unsourced rate 5% or less; Limited at 2–5%, 7–14 days or 5–10%; Insufficient under 2%, over 14 days or over 10%; Over-supplied if occupancy is under 80% with homes under 80% for three months. \"(at price)\" when more than 25% of awards are above the usual rate."),
                List.of("Council demand", "Increasing / Stable / Decreasing (/High)", "Awards in the last six months against the six before: over +3% Increasing, under −3% Decreasing, otherwise Stable; /High when method A demand grows more than 10% in five years."),
                List.of("Council ambition", "Increase / Maintain / Manage / Decrease", "Set by the council; suggested: Increase if the method A gap in five years is over 5% of beds available, Decrease if occupancy is under 85% and the gap under −10%."),
                List.of("Market workforce", "Low / Medium / High risk", "High if the vacancy rate is 10% or more or turnover 30% or more; Low if vacancy is under 6% and turnover under 25%."),
                List.of("Market maturity", "Mature / Evolving / Emerging", "Emerging under 5 providers; Mature 10 or more providers with the top three holding under 50% of capacity; otherwise Evolving."));
        return addTable(files, new Table("rating-definitions", "Market rating definitions", List.of("Dimension", "Values", "Rule"), rows));
    }

    static String method(Input in, Map<String, String> files) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Indicator i : in.indicators()) {
            if (seen.add(i.id())) {
                rows.add(List.of(i.id(), i.name(), i.definition(), i.unit(), i.source()));
            }
        }
        return addTable(files, new Table("indicator-definitions", "Indicator definitions", List.of("Indicator", "Name",
                "Definition", "Unit", "Source"), rows))
                + "<p>Monthly snapshots follow the Capacity Tracker's window: each service's latest report made before the 15th of "
                + "the month (UTC), if made in the " + MonthlySnapshots.LOOKBACK_DAYS + " days before. Occupied beds are capacity "
                + "less available, held and closed beds.</p>";
    }

    static String national(Map<String, String> files) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator.Comparator c : NationalFigures.all()) {
            rows.add(List.of(c.label(), cell(c.value()), c.unit(), c.asOf(), c.source()));
        }
        return addTable(files, new Table("national-figures", "England figures", List.of("Figure", "Value", "Unit", "Date", "Source"), rows));
    }

    static String caveats(Input in) {
        StringBuilder out = new StringBuilder("<ul>");
        Projections.CAVEATS.forEach(c -> out.append("<li>").append(esc(c)).append("</li>"));
        return out.append("</ul>").toString();
    }
}
