package org.caremarket.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.control.Csv;

/**
 * Writes a full-size file in the format of CQC's monthly care directory ({@code DD_Month_YYYY_CQC_directory.csv}):
 * the four-line preamble, CQC's 15-column header, then one row a location, RFC 4180 quoted, lines ending CRLF,
 * rows sorted by name as CQC sorts them. For the CQC import benchmark ({@code src/test/bench/cqc-import.sh});
 * not a test. The same arguments always give the same file. Reads the bundled data with the product's own CSV
 * reader and measures with its own great-circle distance.
 *
 * <p>Usage: {@code CqcDirectoryFile <output file> [rows=50000] [seed=20261129]}
 *
 * <p>What is real and what is not:
 * <ul>
 *   <li>Geography is real. Postcode districts come from the bundled {@code geo/postcode_districts.csv} (ONS NSPL):
 *       England's districts with at least 100 postcodes (the areas in Scotland, Wales, Northern Ireland and the Crown
 *       dependencies left out, as {@code Geocoder.NOT_ENGLAND} does, and the file's non-standard {@code NPT}, which
 *       is Newport in Wales), chosen in proportion to their postcodes. About 10% of rows are in the LS and LE areas
 *       and carry a real full postcode from the bundled {@code geo/LS.csv} and {@code geo/LE.csv}. The other 90%
 *       carry the real district with an inward code such as {@code 4AB} made up from the seed: <em>these full
 *       postcodes are not claimed to exist</em> (some will, by chance). The server holds exact coordinates only for
 *       LS and LE, so it places every other row at its district's centroid, which is what it does with any postcode
 *       it does not hold, and what this benchmark exercises.</li>
 *   <li>Local authority: the bundled data does not say which council a district is in. From
 *       {@code areas/councils.csv} this takes the lowest-tier council (district, unitary, metropolitan district, London
 *       borough; not a county) whose centroid is nearest the district's centroid (for an exact postcode, nearest the
 *       postcode), then the council with social care duties for it ({@code upper_tier_gss_code}: the county of a
 *       district council, otherwise itself); the row gets that council's {@code name} and {@code region} as the file
 *       has them. District councils are small, so their centroids place a district far better than the social care
 *       councils' alone. It is still an approximation, and the server's own rule where its postcode data names no
 *       council ({@code Councils.nearestSocialCareCouncil}).</li>
 *   <li>Everything else is fictional: every name carries "(demo N)", telephone numbers are in Ofcom's ranges reserved
 *       for drama, websites are under {@code www.example.org}, and addresses end with the Royal Mail post town for LS
 *       and LE districts and with the council's name elsewhere (as the England-scale demo does). CQC location ids are
 *       {@code 1-} and ten digits not starting 0 (the demo's start {@code 1-0}), so an import never collides with the
 *       demo market; provider ids are {@code 1-} and nine or ten digits.</li>
 * </ul>
 *
 * <p>Mix: about 15% of rows are of kinds the register skips (GPs, dentists, hospitals, diagnosis/screening); each
 * provider runs 1 to 20 locations (most one); about 2% of rows belong to providers with no CQC provider id, known
 * only by name; about 10% have no date of latest check.
 */
public final class CqcDirectoryFile {

    static final String HEADER = "Name,Also known as,Address,Postcode,Phone number,Service's website (if available),"
            + "Service types,Date of latest check,Specialisms/services,Provider name,Local authority,Region,"
            + "Location URL,CQC Location ID (for office use only),CQC Provider ID (for office use only)";
    static final String PRODUCED_ON = "29 November 2026";
    private static final LocalDate LAST_CHECK = LocalDate.of(2026, 11, 28);
    private static final LocalDate FIRST_CHECK = LocalDate.of(2015, 1, 1);

    /** Postcode areas outside England: Scotland, Wales, Northern Ireland, the Crown dependencies (as the server's). */
    private static final Set<String> NOT_ENGLAND = Set.of("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA",
            "KW", "KY", "ML", "PA", "PH", "TD", "ZE", "CF", "LD", "LL", "NP", "SA", "BT", "GY", "JE", "IM");
    private static final List<String> EXACT_AREAS = List.of("LS", "LE");

    /** Royal Mail post towns of the LS and LE districts (the area's town is the default). */
    private static final Map<String, String> POST_TOWNS = Map.ofEntries(Map.entry("LS", "Leeds"),
            Map.entry("LS21", "Otley"), Map.entry("LS22", "Wetherby"), Map.entry("LS23", "Wetherby"),
            Map.entry("LS24", "Tadcaster"), Map.entry("LS28", "Pudsey"), Map.entry("LS29", "Ilkley"),
            Map.entry("LE", "Leicester"), Map.entry("LE10", "Hinckley"), Map.entry("LE11", "Loughborough"),
            Map.entry("LE12", "Loughborough"), Map.entry("LE13", "Melton Mowbray"), Map.entry("LE14", "Melton Mowbray"),
            Map.entry("LE15", "Oakham"), Map.entry("LE16", "Market Harborough"), Map.entry("LE17", "Lutterworth"),
            Map.entry("LE18", "Wigston"), Map.entry("LE65", "Ashby-de-la-Zouch"), Map.entry("LE67", "Coalville"));

    /** Service types as CQC spells them, with weights: the social care the register keeps, then kinds it skips. */
    private static final String[] CARE_TYPES = {"Residential homes", "Nursing homes|Residential homes", "Nursing homes",
            "Homecare agencies", "Homecare agencies|Supported living", "Supported living",
            "Extra Care housing services|Homecare agencies", "Shared Lives"};
    private static final int[] CARE_WEIGHTS = {24, 9, 5, 36, 9, 11, 5, 1};
    private static final String[] SKIP_TYPES = {"Doctors/GPs", "Dentist", "Hospitals", "Diagnosis/screening"};
    private static final int[] SKIP_WEIGHTS = {38, 42, 8, 12};
    private static final int SKIP_PERCENT = 15;

    private static final String OVER_65 = "Caring for adults over 65 yrs";
    private static final String UNDER_65 = "Caring for adults under 65 yrs";
    private static final String CHILDREN = "Caring for children (0 - 18yrs)";
    private static final String EVERYONE = "Services for everyone";
    /** CQC's order, used to write a row's specialisms. */
    private static final List<String> SPECIALISMS = List.of(OVER_65, UNDER_65, "Dementia", "Learning disabilities",
            "Mental health conditions", "Physical disabilities", "Sensory impairment", "Substance misuse problems",
            "Eating disorders", CHILDREN, EVERYONE);
    private static final List<String> CONDITIONS = SPECIALISMS.subList(2, 9);

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec"};
    private static final String[] PLACES = {"Willow", "Oak", "Beech", "Rowan", "Elm", "Ash", "Meadow", "Brook",
            "Heather", "Holly", "Laurel", "Maple", "Cedar", "Birch", "Hawthorn", "Primrose", "Bluebell", "Orchard",
            "Riverside", "Hillside", "Abbey", "Chapel", "Mill", "Moorland", "Fern", "Larch", "Linden", "Poplar",
            "Sycamore", "Juniper", "Foxglove", "Kingfisher", "Heron", "Skylark", "Clover", "Aspen", "Hazel", "Alder",
            "St Anne's", "St Mary's", "Bishop's"};
    private static final String[] HOMES = {"House", "Court", "Lodge", "Grange", "Manor", "View", "Gardens", "Hall", "Mews"};
    private static final String[] STREETS = {"Road", "Lane", "Street", "Avenue", "Grove", "Drive", "Close", "Terrace"};
    private static final String[] STREET_NAMES = {"Station", "Church", "Park", "High", "Mill", "School", "Victoria",
            "Manor", "Green", "Chapel", "Queens", "Kings", "New", "Main", "York", "Albert", "North", "South", "West"};
    private static final String[] GROUPS = {"Dales", "Pennine", "Charnwood", "Greenfields", "Evergreen", "Northern Star",
            "Heartwood", "Brightwater", "Oakleaf", "Kindred", "Harbour", "Meridian", "Summit", "Lantern", "Compass"};
    private static final String[] GROUP_SUFFIXES = {"Care Ltd", "Healthcare Limited", "Care Group Ltd", "Support Services Ltd",
            "Homes Limited", "Care Services LLP", "Community Care CIC"};
    private static final String[] AGENCIES = {"Home Care", "Care at Home", "Homecare Services", "Support Services",
            "Community Care", "Care Solutions"};
    private static final String[] SURGERIES = {"Medical Centre", "Surgery", "Health Centre", "Dental Practice",
            "Dental Care", "Hospital", "Diagnostic Centre", "Imaging Centre"};
    /** Inward-code letters: Royal Mail never uses C, I, K, M, O or V there. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private record District(String code, String area, double latitude, double longitude, int postcodes) {
    }

    private record Exact(String postcode, double latitude, double longitude) {
    }

    private record Provider(String name, String id, int locations) {
    }

    private record Row(String name, String[] fields, boolean skipped, boolean exact) {
    }

    private final Random random;
    private final List<District> exactDistricts = new ArrayList<>();
    private final List<District> otherDistricts = new ArrayList<>();
    private final int[] exactCumulative;
    private final int[] otherCumulative;
    private final Map<String, List<Exact>> exactPostcodes = new TreeMap<>();
    private final Councils councils = new Councils();
    private final Map<String, Council> councilOfDistrict = new TreeMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private int number;

    private CqcDirectoryFile(long seed) {
        random = new Random(seed);
        readDistricts();
        for (String area : EXACT_AREAS) {
            readPostcodes(area);
        }
        exactDistricts.removeIf(d -> !exactPostcodes.containsKey(d.code()));
        exactCumulative = cumulative(exactDistricts);
        otherCumulative = cumulative(otherDistricts);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CqcDirectoryFile <output file> [rows=50000] [seed=20261129]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261129L;
        long start = System.nanoTime();
        CqcDirectoryFile generator = new CqcDirectoryFile(seed);
        List<Row> written = generator.rows(rows);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("CQC Locations data\r\n\r\nThis data was produced on " + PRODUCED_ON + "\r\n\r\n");
            writer.write(HEADER);
            writer.write("\r\n");
            for (Row row : written) {
                writeRow(writer, row.fields());
            }
        }
        long skipped = written.stream().filter(Row::skipped).count();
        long exact = written.stream().filter(Row::exact).count();
        Set<String> providers = new HashSet<>();
        for (Row row : written) {
            providers.add(row.fields()[14].isEmpty() ? "name:" + row.fields()[9] : "id:" + row.fields()[14]);
        }
        long withoutId = written.stream().filter(r -> r.fields()[14].isEmpty()).count();
        System.out.printf("%s: %,d rows (%,d of kinds the register skips), %,d distinct providers (%,d rows with no "
                        + "provider id), %,d rows with exact bundled LS/LE postcodes, %,d bytes, seed %d, %.1f s%n",
                out, written.size(), skipped, providers.size(), withoutId, exact, Files.size(out), seed,
                (System.nanoTime() - start) / 1e9);
    }

    /** The rows, each provider's locations generated together, then sorted by name as CQC's file is. */
    private List<Row> rows(int count) {
        List<Row> rows = new ArrayList<>(count);
        while (rows.size() < count) {
            Provider provider = provider();
            for (int i = 0; i < provider.locations() && rows.size() < count; i++) {
                rows.add(row(provider));
            }
        }
        rows.sort(Comparator.comparing(Row::name));
        return rows;
    }

    /** Most providers run one location; a few groups run up to 20. About 2% have no CQC provider id. */
    private Provider provider() {
        int roll = random.nextInt(100);
        int locations = roll < 62 ? 1 : roll < 80 ? 2 + random.nextInt(2) : roll < 93 ? 4 + random.nextInt(5)
                : 9 + random.nextInt(12);
        int n = ++number;
        String name = locations == 1 && random.nextBoolean()
                ? pick(PLACES) + " " + pick(HOMES) + " " + pick(GROUP_SUFFIXES) + " (demo " + n + ")"
                : pick(GROUPS) + " " + pick(PLACES) + " " + pick(GROUP_SUFFIXES) + " (demo " + n + ")";
        String id = random.nextInt(100) < 2 ? "" : uniqueId(9 + random.nextInt(2));
        return new Provider(name, id, locations);
    }

    private Row row(Provider provider) {
        boolean skipped = random.nextInt(100) < SKIP_PERCENT;
        String types = skipped ? weighted(SKIP_TYPES, SKIP_WEIGHTS) : weighted(CARE_TYPES, CARE_WEIGHTS);
        boolean exact = random.nextInt(100) < 10;
        District district = exact ? pickDistrict(exactDistricts, exactCumulative) : pickDistrict(otherDistricts, otherCumulative);
        String postcode;
        Council council;
        if (exact) {
            List<Exact> known = exactPostcodes.get(district.code());
            Exact place = known.get(random.nextInt(known.size()));
            postcode = place.postcode();
            council = nearestCouncil(place.latitude(), place.longitude());
        } else {
            postcode = district.code() + " " + random.nextInt(10) + letter() + letter();
            council = councilOfDistrict.computeIfAbsent(district.code(),
                    d -> nearestCouncil(district.latitude(), district.longitude()));
        }
        int n = ++number;
        String name = locationName(types) + " (demo " + n + ")";
        int aka = random.nextInt(100);
        String alsoKnownAs = aka < 3 ? name.replace(" (demo", " Care (demo")
                : aka < 4 ? pick(PLACES) + " " + pick(HOMES) + ", formerly \"The " + pick(PLACES) + "\"" : "";
        String town = exact ? POST_TOWNS.getOrDefault(district.code(), POST_TOWNS.get(district.area())) : council.name();
        String street = (1 + random.nextInt(240)) + " " + pick(STREET_NAMES) + " " + pick(STREETS);
        String address = (random.nextInt(100) < 30 ? pick(PLACES) + " " + pick(HOMES) + ", " : "") + street + ", " + town;
        String phone = random.nextInt(100) < 3 ? "" : phone(district.area(), council.region());
        String website = random.nextInt(100) < 25
                ? "www.example.org/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") : "";
        String checked = random.nextInt(100) < 10 ? "" : checkDate();
        String specialisms = specialisms(types, skipped);
        String locationId = uniqueId(10);
        String[] fields = {name, alsoKnownAs, address, postcode, phone, website, types, checked, specialisms,
                provider.name(), council.name(), council.region(), "https://www.cqc.org.uk/location/" + locationId,
                locationId, provider.id()};
        return new Row(name, fields, skipped, exact);
    }

    private String locationName(String types) {
        if (types.startsWith("Residential") || types.startsWith("Nursing")) {
            return pick(PLACES) + " " + pick(HOMES);
        }
        if (types.equals("Shared Lives")) {
            return pick(PLACES) + " Shared Lives Scheme";
        }
        if (types.startsWith("Extra Care")) {
            return pick(PLACES) + " " + pick(HOMES) + " Extra Care";
        }
        if (types.contains("Homecare") || types.contains("Supported")) {
            return pick(PLACES) + " " + pick(AGENCIES);
        }
        return pick(PLACES) + " " + pick(SURGERIES);
    }

    /** One to four specialisms in CQC's order, fitting the kind of service. */
    private String specialisms(String types, boolean skipped) {
        Set<String> chosen = new HashSet<>();
        if (skipped) {
            if (random.nextInt(100) < 60) {
                chosen.add(EVERYONE);
            } else {
                chosen.add(CHILDREN);
                chosen.add(UNDER_65);
                chosen.add(OVER_65);
            }
        } else {
            boolean olderPeople = types.contains("homes") ? random.nextInt(100) < 80 : random.nextInt(100) < 65;
            chosen.add(olderPeople ? OVER_65 : UNDER_65);
            if (random.nextInt(100) < 35) {
                chosen.add(olderPeople ? UNDER_65 : OVER_65);
            }
            int more = random.nextInt(4);
            for (int i = 0; i < more; i++) {
                chosen.add(CONDITIONS.get(random.nextInt(CONDITIONS.size())));
            }
            if (types.contains("Supported") && random.nextInt(100) < 60) {
                chosen.add("Learning disabilities");
            }
            if (types.contains("Homecare") && random.nextInt(100) < 5) {
                chosen.add(CHILDREN);
            }
        }
        StringBuilder text = new StringBuilder();
        for (String specialism : SPECIALISMS) {
            if (chosen.contains(specialism)) {
                text.append(text.isEmpty() ? "" : "|").append(specialism);
            }
        }
        return text.toString();
    }

    /** Like {@code 09/Jan/2018 - 00:00}: a day from 2015 to the day before the file was produced. */
    private String checkDate() {
        long days = LAST_CHECK.toEpochDay() - FIRST_CHECK.toEpochDay() + 1;
        LocalDate date = FIRST_CHECK.plusDays(random.nextInt((int) days));
        return String.format("%02d/%s/%d - 00:00", date.getDayOfMonth(), MONTHS[date.getMonthValue() - 1], date.getYear());
    }

    /** A number in Ofcom's drama ranges, for the place's area where there is one. */
    private String phone(String area, String region) {
        String last = String.format("%03d", random.nextInt(1000));
        return switch (area) {
            case "LS" -> "0113 496 0" + last;
            case "LE" -> "0116 496 0" + last;
            default -> switch (region) {
                case "London" -> "020 7946 0" + last;
                case "North West" -> (random.nextBoolean() ? "0161" : "0151") + " 496 0" + last;
                case "North East" -> "0191 498 0" + last;
                case "Yorkshire and The Humber" -> (random.nextBoolean() ? "0113" : "0114") + " 496 0" + last;
                case "East Midlands" -> "0115 496 0" + last;
                case "West Midlands" -> "0121 496 0" + last;
                case "South West" -> "0117 496 0" + last;
                case "South East" -> "0118 496 0" + last;
                default -> "01632 960" + last;
            };
        };
    }

    /** {@code 1-} and {@code digits} digits, the first not 0, never given before in this file. */
    private String uniqueId(int digits) {
        while (true) {
            StringBuilder id = new StringBuilder("1-").append(1 + random.nextInt(9));
            for (int i = 1; i < digits; i++) {
                id.append(random.nextInt(10));
            }
            if (usedIds.add(id.toString())) {
                return id.toString();
            }
        }
    }

    private char letter() {
        return INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    /** A district in proportion to its postcodes. */
    private District pickDistrict(List<District> districts, int[] cumulative) {
        int roll = random.nextInt(cumulative[cumulative.length - 1]);
        int i = java.util.Arrays.binarySearch(cumulative, roll + 1);
        return districts.get(i >= 0 ? i : -i - 1);
    }

    private static int[] cumulative(List<District> districts) {
        if (districts.isEmpty()) {
            throw new IllegalStateException("no postcode districts read");
        }
        int[] cumulative = new int[districts.size()];
        int sum = 0;
        for (int i = 0; i < districts.size(); i++) {
            sum += districts.get(i).postcodes();
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** The council with social care duties for a place, by the server's own rule for places it cannot look up. */
    private Council nearestCouncil(double latitude, double longitude) {
        return councils.nearestSocialCareCouncil(new Coordinate(latitude, longitude, Precision.DISTRICT_CENTROID));
    }

    /** England's districts with at least 100 postcodes, sorted; LS and LE ones apart. */
    private void readDistricts() {
        List<List<String>> rows = readCsv("geo/postcode_districts.csv");
        List<String> header = rows.get(0);
        int code = column(header, "district");
        int lat = column(header, "latitude");
        int lon = column(header, "longitude");
        int count = column(header, "postcodes");
        List<District> all = new ArrayList<>();
        for (List<String> f : rows.subList(1, rows.size())) {
            String area = f.get(code).replaceAll("[0-9].*$", "");
            int postcodes = Integer.parseInt(f.get(count));
            // NPT (an old Newport code, in Wales) is in the NSPL file but is no district a postcode can have
            if (!NOT_ENGLAND.contains(area) && postcodes >= 100 && f.get(code).matches("[A-Z]{1,2}[0-9][A-Z0-9]?")) {
                all.add(new District(f.get(code), area, Double.parseDouble(f.get(lat)), Double.parseDouble(f.get(lon)),
                        postcodes));
            }
        }
        all.sort(Comparator.comparing(District::code));
        for (District district : all) {
            (EXACT_AREAS.contains(district.area()) ? exactDistricts : otherDistricts).add(district);
        }
    }

    private void readPostcodes(String area) {
        List<List<String>> rows = readCsv("geo/" + area + ".csv");
        List<String> header = rows.get(0);
        int postcode = column(header, "postcode");
        int lat = column(header, "latitude");
        int lon = column(header, "longitude");
        for (List<String> f : rows.subList(1, rows.size())) {
            String text = f.get(postcode).strip();
            int space = text.indexOf(' ');
            if (space < 0 || f.get(lat).isEmpty()) {
                continue;
            }
            exactPostcodes.computeIfAbsent(text.substring(0, space), d -> new ArrayList<>())
                    .add(new Exact(text, Double.parseDouble(f.get(lat)), Double.parseDouble(f.get(lon))));
        }
    }

    /** A bundled resource: from the classpath (the bench runs from the test classpath), else from src/main/resources. */
    private static List<List<String>> readCsv(String resource) {
        try (InputStream in = open(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(Csv.split(line));
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException(resource + " is empty");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = CqcDirectoryFile.class.getResourceAsStream("/" + resource);
        if (in == null) {
            in = Thread.currentThread().getContextClassLoader() == null ? null
                    : Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        }
        if (in != null) {
            return in;
        }
        Path file = Path.of("src/main/resources", resource);
        if (Files.isReadable(file)) {
            return Files.newInputStream(file);
        }
        throw new IOException(resource + " is neither on the classpath nor at " + file.toAbsolutePath()
                + " (run from the project's root folder)");
    }

    private static int column(List<String> header, String name) {
        int i = Csv.column(header, name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + header);
        }
        return i;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end CRLF. */
    static void writeRow(Writer writer, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(f.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(f);
            }
        }
        writer.write("\r\n");
    }
}
