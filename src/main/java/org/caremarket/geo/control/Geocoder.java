package org.caremarket.geo.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.control.Csv;
import org.caremarket.platform.entity.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns postcodes into coordinates: exactly where the postcode is in the loaded data, at the
 * district centroid otherwise. Reference data is read once at start-up and never changes while
 * the server runs, so every instance behind a load balancer answers the same.
 */
@ApplicationScoped
public class Geocoder {

    private static final Logger LOG = Logger.getLogger(Geocoder.class.getName());
    static final List<String> BUNDLED_AREAS = List.of("LS", "LE");

    /** Postcode areas outside England (Scotland, Wales, Northern Ireland, the Crown dependencies). */
    public static final java.util.Set<String> NOT_ENGLAND = java.util.Set.of("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA",
            "KW", "KY", "ML", "PA", "PH", "TD", "ZE", "CF", "LD", "LL", "NP", "SA", "BT", "GY", "JE", "IM");

    /**
     * England's geographic postcode districts: those in English areas with at least {@code minPostcodes} postcodes.
     * Names that are not a district's today are left out: the source file also holds {@code NPT}, Newport's
     * postcodes from before 1984 (they are in Wales).
     */
    public List<String> englishDistricts(int minPostcodes) {
        return districts().stream().filter(d -> Postcode.parseDistrict(d).isPresent())
                .filter(d -> !NOT_ENGLAND.contains(d.replaceAll("[0-9].*$", "")) && postcodeCount(d) >= minPostcodes)
                .toList();
    }

    @Inject
    Councils councils;

    @Inject
    @ConfigProperty(name = "caremarket.geo.postcode-file")
    Optional<String> postcodeFile;

    private PostcodeIndex postcodes;
    private Map<String, Coordinate> districts;
    private Map<String, Integer> districtSizes;

    /** A geocoder outside the container, over the bundled data only (for tools and benchmarks). */
    public static Geocoder standalone(Councils councils) {
        Geocoder geocoder = new Geocoder();
        geocoder.councils = councils;
        geocoder.postcodeFile = Optional.empty();
        geocoder.load();
        return geocoder;
    }

    @PostConstruct
    void load() {
        PostcodeIndex.Builder builder = new PostcodeIndex.Builder();
        for (String area : BUNDLED_AREAS) {
            read(getClass().getResourceAsStream("/geo/" + area + ".csv"), "bundled " + area, builder);
        }
        postcodeFile.filter(p -> !p.isBlank()).ifPresent(file -> {
            try {
                read(Files.newInputStream(Path.of(file)), file, builder);
            } catch (IOException e) {
                throw new UncheckedIOException("The postcode file " + file + " cannot be read", e);
            }
        });
        postcodes = builder.build();
        readDistricts();
        LOG.info(() -> "Geocoder: " + postcodes.size() + " exact postcodes, " + districts.size() + " district centroids");
    }

    /** Where a postcode is: exact when known, otherwise its district's centroid; empty when the district is unknown too. */
    public Optional<Located> locate(Postcode postcode) {
        Optional<PostcodeIndex.Entry> exact = postcodes.find(postcode);
        if (exact.isPresent()) {
            PostcodeIndex.Entry e = exact.get();
            return Optional.of(new Located(postcode, new Coordinate(e.latitude(), e.longitude(), Precision.EXACT),
                    e.councilCode().flatMap(councils::socialCareCouncil).map(c -> c.code())));
        }
        return district(postcode.district()).map(c -> new Located(postcode, c, Optional.empty()));
    }

    /**
     * The council with social care duties for a located postcode: the one the postcode data names, otherwise (only
     * the district's centroid known, or no council in the data) that of the nearest district or unitary council by
     * centroid ({@link Councils#nearestSocialCareCouncil}), an approximation.
     */
    public String councilFor(Located place) {
        return place.councilCode().orElseGet(() -> councils.nearestSocialCareCouncil(place.coordinate()).code());
    }

    /** How much farther than the nearest council area's centre another council's may be and still border a place. */
    public static final double BORDER_KM = 50;

    /**
     * Whether a located postcode can be in the care of this social care council: exactly the council the postcode data
     * names; without one (the bundled data places postcodes, not councils), a council one of whose areas' centres is
     * within {@link #BORDER_KM} of the nearest centre — centroids say little of where borders run (a place in North
     * Yorkshire beside Leeds is nearer Leeds's centre than its own), but a Leeds postcode is never Leicestershire's.
     */
    public boolean couldBeInCareOf(Located place, String socialCareCode) {
        if (place.councilCode().isPresent()) {
            return place.councilCode().get().equals(socialCareCode);
        }
        Council nearest = councils.nearestSocialCareCouncil(place.coordinate());
        if (nearest.code().equals(socialCareCode)) {
            return true;
        }
        double toNearest = councils.distanceToAreas(nearest.code(), place.coordinate()).orElse(0);
        return councils.distanceToAreas(socialCareCode, place.coordinate()).stream().anyMatch(d -> d <= toNearest + BORDER_KM);
    }

    /** The centroid of a postcode district such as {@code LS1}. */
    public Optional<Coordinate> district(String district) {
        return Optional.ofNullable(districts.get(district));
    }

    /**
     * Parses and locates a postcode a client sent, or fails with a 400 naming the field: malformed,
     * or in a district that does not exist.
     */
    public Located require(String field, String text) {
        Postcode postcode = Postcode.parse(text).orElseThrow(() -> InvalidInput.of(field,
                "'" + abbreviate(text) + "' is not a UK postcode (for example LS1 4AP)"));
        return locate(postcode).orElseThrow(() -> InvalidInput.of(field,
                "postcode district " + postcode.district() + " does not exist"));
    }

    /** A place to search from: a full postcode, or a postcode district on its own ({@code LS6}). */
    public Coordinate place(String field, String text) {
        if (Postcode.parse(text).isEmpty()) {
            Optional<String> district = Postcode.parseDistrict(text);
            if (district.isPresent()) {
                return district(district.get()).orElseThrow(() -> InvalidInput.of(field,
                        "postcode district " + district.get() + " does not exist"));
            }
        }
        return require(field, text).coordinate();
    }

    /** Every known full postcode in a district (for generating markets on real postcodes). */
    public List<Postcode> postcodesIn(String district) {
        List<Postcode> found = new ArrayList<>();
        postcodes.forEachIn(district, found::add);
        found.sort(java.util.Comparator.comparing(Postcode::toString));
        return found;
    }

    /** How many postcodes a district has (NSPL, May 2025): a proxy for how many people live there. */
    public int postcodeCount(String district) {
        return districtSizes.getOrDefault(district, 0);
    }

    /** Every district with a centroid, sorted. */
    public List<String> districts() {
        return districts.keySet().stream().sorted().toList();
    }

    public int exactPostcodes() {
        return postcodes.size();
    }

    private static String abbreviate(String text) {
        String shown = text == null ? "" : text.strip();
        return shown.length() > 20 ? shown.substring(0, 20) + "…" : shown;
    }

    /**
     * Reads a postcode file: the bundled {@code postcode,latitude,longitude} extracts or a full
     * ONS NSPL/ONSPD file ({@code pcds,lat,long,laua,cty,…}). Rows without a grid reference
     * (latitude 99.999999 in NSPL) are skipped.
     */
    static int read(InputStream in, String source, PostcodeIndex.Builder builder) {
        if (in == null) {
            throw new IllegalStateException("Postcode data " + source + " is missing");
        }
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> header = Csv.split(reader.readLine());
            int pc = Csv.column(header, "pcds", "postcode", "pcd", "pcd2");
            int lat = Csv.column(header, "lat", "latitude");
            int lon = Csv.column(header, "long", "longitude", "lng");
            int laua = Csv.column(header, "laua", "oslaua", "lad23cd", "lad24cd", "lad25cd");
            int cty = Csv.column(header, "cty", "oscty", "cty23cd", "cty24cd", "cty25cd");
            if (pc < 0 || lat < 0 || lon < 0) {
                throw new IllegalArgumentException("Postcode data " + source
                        + " needs columns pcds (or postcode), lat and long; it has " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = Csv.split(line);
                if (f.size() <= Math.max(pc, Math.max(lat, lon))) {
                    continue;
                }
                Optional<Postcode> postcode = Postcode.parse(f.get(pc));
                double latitude = parse(f.get(lat));
                double longitude = parse(f.get(lon));
                if (postcode.isEmpty() || !(latitude >= 49 && latitude <= 61) || !(longitude >= -9 && longitude <= 3)) {
                    continue;
                }
                builder.add(postcode.get(), latitude, longitude, council(f, cty, laua));
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Postcode data " + source + " cannot be read", e);
        }
        return rows;
    }

    /** The county when NSPL names one, else the district or unitary; {@code Councils} maps it to the social care council. */
    private static String council(List<String> fields, int cty, int laua) {
        if (cty >= 0 && cty < fields.size() && fields.get(cty).startsWith("E10")) {
            return fields.get(cty);
        }
        if (laua >= 0 && laua < fields.size() && !fields.get(laua).isBlank()) {
            return fields.get(laua);
        }
        return null;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void readDistricts() {
        Map<String, Coordinate> result = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/geo/postcode_districts.csv"), StandardCharsets.UTF_8))) {
            List<String> header = Csv.split(reader.readLine());
            int d = Csv.column(header, "district");
            int lat = Csv.column(header, "latitude");
            int lon = Csv.column(header, "longitude");
            int count = Csv.column(header, "postcodes");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = Csv.split(line);
                result.put(f.get(d), new Coordinate(Double.parseDouble(f.get(lat)), Double.parseDouble(f.get(lon)),
                        Precision.DISTRICT_CENTROID));
                sizes.put(f.get(d), Integer.parseInt(f.get(count)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled district centroids cannot be read", e);
        }
        districts = Map.copyOf(result);
        districtSizes = Map.copyOf(sizes);
    }
}
