package org.caremarket.sufficiency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Council;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Role;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.PopulationCsv;
import org.caremarket.sufficiency.entity.PopulationFigure;

/**
 * Population projections by council: the bundled ONS 2022-based SNPP (Leeds, Leicester, Trafford and the seven
 * Leicestershire districts, so Leicestershire too) and whatever an ADMIN imported in ONS's CSV layout, which
 * replaces the bundled figures of the same area. A county without figures of its own is the sum of its districts'
 * when every one of them has figures (ONS's district → county lookup, December 2022).
 */
@ApplicationScoped
public class Populations {

    static final String BUNDLED = "population/snpp2022_persons_leeds_leicestershire_trafford.csv";
    public static final String BUNDLED_SOURCE = "ONS 2022-based subnational population projections (migration-category "
            + "variant), persons by single year of age; Open Government Licence v3.0";

    /** Another instance's import shows here within this time. */
    static final Duration REFRESH = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Councils councils;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private volatile Map<String, Population> bundled;
    private volatile Map<String, Population> imported;
    private volatile Instant importedReadAt = Instant.MIN;

    /** The bundled projections, by area code. */
    public static Map<String, Population> readBundled() {
        try (InputStream in = Populations.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return PopulationCsv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A council's projection among these areas' (by code): its own, or the sum of its districts' when it has none and
     * every district has one; empty otherwise.
     */
    public static Optional<Population> forCouncil(String code, Map<String, Population> areas, Collection<Council> all) {
        if (areas.containsKey(code)) {
            return Optional.of(areas.get(code));
        }
        List<Council> districts = all.stream().filter(c -> code.equals(c.socialCareCouncilCode()) && !code.equals(c.code())).toList();
        if (districts.isEmpty() || !districts.stream().allMatch(d -> areas.containsKey(d.code()))) {
            return Optional.empty();
        }
        String name = all.stream().filter(c -> c.code().equals(code)).map(Council::name).findFirst().orElse(code);
        List<Population> parts = districts.stream().map(d -> areas.get(d.code())).toList();
        return Optional.of(Population.sum(code, name, parts, parts.get(0).source() + "; " + name + " = the sum of its "
                + districts.size() + " districts (" + String.join(", ", districts.stream().map(Council::name).toList()) + ")"));
    }

    /** The council's projection, or empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Population> forCouncil(String councilCode) {
        return forCouncil(councilCode, areas(), councils.all());
    }

    /** Every area's projection: the bundled ones, replaced or added to by imports. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Population> areas() {
        if (bundled == null) {
            bundled = readBundled();
        }
        Instant now = clock.instant();
        if (imported == null || importedReadAt.plus(REFRESH).isBefore(now)) {
            imported = readImported();
            importedReadAt = now;
        }
        Map<String, Population> all = new LinkedHashMap<>(bundled);
        all.putAll(imported);
        return all;
    }

    private Map<String, Population> readImported() {
        Map<String, List<PopulationFigure>> byArea = new LinkedHashMap<>();
        em.createNamedQuery("PopulationFigure.all", PopulationFigure.class).getResultStream()
                .forEach(f -> byArea.computeIfAbsent(f.areaCode(), a -> new ArrayList<>()).add(f));
        Map<String, Population> read = new HashMap<>();
        byArea.forEach((area, figures) -> {
            int first = figures.stream().mapToInt(PopulationFigure::year).min().orElseThrow();
            int last = figures.stream().mapToInt(PopulationFigure::year).max().orElseThrow();
            double[][] persons = new double[last - first + 1][Population.OLDEST + 1];
            figures.forEach(f -> persons[f.year() - first][f.age()] = f.persons());
            read.put(area, new Population(area, figures.get(0).areaName(), first, persons, figures.get(0).source()));
        });
        return read;
    }

    /** What an import did. */
    public record Imported(List<String> areas, int firstYear, int lastYear, int figures) {
    }

    /**
     * ADMIN: imports ONS's projection CSV; every area in it must be an English council or district, and its figures
     * replace that area's (bundled or imported before). Audited. The whole file or nothing.
     */
    @Transactional
    public Imported importCsv(String text, String source) {
        caller.require(Role.ADMIN);
        String described = (source == null ? "ONS subnational population projections" : source)
                + " (imported " + clock.instant().toString().substring(0, 10) + ")";
        Map<String, Population> read = PopulationCsv.read(text == null ? "" : text, described.length() > 300
                ? described.substring(0, 300) : described);
        List<FieldError> unknown = read.keySet().stream().filter(code -> councils.byCode(code).isEmpty())
                .map(code -> new FieldError("body", code + " is not an English council or district in areas/councils.csv")).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        em.createNamedQuery("PopulationFigure.deleteAreas").setParameter("areas", List.copyOf(read.keySet())).executeUpdate();
        Instant now = clock.instant();
        int figures = 0;
        for (Population p : read.values()) {
            for (int year = p.firstYear(); year <= p.lastYear(); year++) {
                for (int age = 0; age <= Population.OLDEST; age++) {
                    em.persist(new PopulationFigure(p.areaCode(), p.areaName(), year, age, p.persons()[year - p.firstYear()][age],
                            p.source(), now));
                    figures++;
                }
            }
        }
        Population any = read.values().iterator().next();
        audit.changed(caller.get(), "sufficiency.population.import", "Population", String.join(",", read.keySet()), null,
                Map.of("areas", List.copyOf(read.keySet()), "years", any.firstYear() + "-" + any.lastYear(), "source", described));
        em.flush();
        imported = null;
        return new Imported(List.copyOf(read.keySet()), any.firstYear(), any.lastYear(), figures);
    }
}
