package org.caremarket.geo.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.control.Csv;

/** The English local authorities, from the bundled {@code areas/councils.csv} (mySociety and ONS data). */
@ApplicationScoped
public class Councils {

    private final Map<String, Council> byCode = new LinkedHashMap<>();
    private final Map<String, Coordinate> centres = new LinkedHashMap<>();

    public Councils() {
        load();
    }

    public Optional<Council> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The council with social care duties for an area: itself, or the county of a district council. */
    public Optional<Council> socialCareCouncil(String code) {
        return byCode(code).flatMap(council -> byCode(council.socialCareCouncilCode())).filter(Council::socialCare);
    }

    public Collection<Council> all() {
        return byCode.values();
    }

    /**
     * The council with social care duties for a place no postcode data places in a council: that of the district,
     * unitary, metropolitan district or London borough whose centre (its centroid in {@code areas/councils.csv}) is
     * nearest — a county's district council, not the county itself, whose centre says little of where its edges
     * are (Leicestershire's, the mean of its districts', is 3 km from the city of Leicester's, which it surrounds). An
     * approximation: a full NSPL or ONSPD file names each postcode's council exactly ({@code caremarket.geo.postcode-file}).
     */
    public Council nearestSocialCareCouncil(Coordinate place) {
        Council nearest = byCode.values().stream().filter(c -> !COUNTY.equals(c.type())).filter(c -> centres.containsKey(c.code()))
                .min(java.util.Comparator.comparingDouble(c -> centres.get(c.code()).distanceKm(place)))
                .orElseThrow();
        return socialCareCouncil(nearest.code()).orElseThrow(() -> new IllegalStateException(
                "areas/councils.csv: no council with social care duties for " + nearest.name()));
    }

    /**
     * How far a place is from the nearest centre of the areas a social care council serves — its own, or for a county
     * its district councils' — in km; empty for a code that is not a social care council or has no centre.
     */
    public java.util.OptionalDouble distanceToAreas(String socialCareCode, Coordinate place) {
        return byCode.values().stream().filter(c -> !COUNTY.equals(c.type()) && centres.containsKey(c.code()))
                .filter(c -> socialCareCouncil(c.code()).map(s -> s.code().equals(socialCareCode)).orElse(false))
                .mapToDouble(c -> centres.get(c.code()).distanceKm(place)).min();
    }

    /** Where the list places a council (its centroid), if anywhere. */
    public Optional<Coordinate> centre(String code) {
        return byCode(code).map(c -> centres.get(c.code()));
    }

    private static final String COUNTY = "CTY";

    private void load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Councils.class.getResourceAsStream("/areas/councils.csv"), StandardCharsets.UTF_8))) {
            List<String> header = Csv.split(reader.readLine());
            int code = Csv.column(header, "gss_code");
            int name = Csv.column(header, "name");
            int official = Csv.column(header, "official_name");
            int type = Csv.column(header, "type");
            int region = Csv.column(header, "region");
            int upper = Csv.column(header, "upper_tier_gss_code");
            int social = Csv.column(header, "social_care");
            int lat = Csv.column(header, "latitude");
            int lon = Csv.column(header, "longitude");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = Csv.split(line);
                byCode.put(f.get(code), new Council(f.get(code), f.get(name), f.get(official), f.get(type),
                        f.get(region), f.get(upper), Boolean.parseBoolean(f.get(social))));
                if (!f.get(lat).isEmpty()) {
                    centres.put(f.get(code), new Coordinate(Double.parseDouble(f.get(lat)), Double.parseDouble(f.get(lon)),
                            Precision.DISTRICT_CENTROID));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled council list cannot be read", e);
        }
    }
}
