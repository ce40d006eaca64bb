package org.caremarket.geo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.geo.entity.Precision;
import org.caremarket.platform.entity.InvalidInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeocoderTest {

    private static Geocoder geocoder(Optional<String> postcodeFile) {
        Geocoder geocoder = new Geocoder();
        geocoder.councils = new Councils();
        geocoder.postcodeFile = postcodeFile;
        geocoder.load();
        return geocoder;
    }

    private static final Geocoder BUNDLED = geocoder(Optional.empty());

    private static Located locate(Geocoder geocoder, String postcode) {
        return geocoder.locate(Postcode.parse(postcode).orElseThrow()).orElseThrow();
    }

    @Test
    @DisplayName("R1.7 without the council in the postcode data, a place can be in the care of the nearest council or of "
            + "one bordering it, never of one far away")
    void couldBeInCareOf() {
        Located leeds = locate(BUNDLED, "LS9 7TF");
        assertTrue(BUNDLED.couldBeInCareOf(leeds, "E08000035"));
        assertFalse(BUNDLED.couldBeInCareOf(leeds, "E10000018"), "Leicestershire");
        assertFalse(BUNDLED.couldBeInCareOf(leeds, "E06000052"), "Cornwall");
        Located tadcaster = locate(BUNDLED, "LS24 9AA");
        assertTrue(BUNDLED.couldBeInCareOf(tadcaster, "E06000065"), "North Yorkshire, whose centre is farther than Leeds's");
        assertTrue(BUNDLED.couldBeInCareOf(tadcaster, "E08000035"));
        assertTrue(BUNDLED.couldBeInCareOf(locate(BUNDLED, "LE11 3TU"), "E10000018"));
        assertFalse(BUNDLED.couldBeInCareOf(locate(BUNDLED, "LE11 3TU"), "E08000035"));
    }

    @Test
    @DisplayName("R1.4 where the postcode data names no council, a place is in the care of the nearest district or "
            + "unitary council's: Loughborough and Wigston are Leicestershire's, not the city's; Preston is Lancashire's")
    void nearestCouncil() {
        assertEquals("E10000018", BUNDLED.councilFor(locate(BUNDLED, "LE11 3TU")), "Loughborough, in Charnwood");
        assertEquals("E10000018", BUNDLED.councilFor(locate(BUNDLED, "LE18 4AB")), "Wigston, in Oadby and Wigston");
        assertEquals("E10000018", BUNDLED.councilFor(locate(BUNDLED, "LE65 1AA")), "Ashby, in North West Leicestershire");
        assertEquals("E06000016", BUNDLED.councilFor(locate(BUNDLED, "LE1 1AA")), "the city of Leicester");
        assertEquals("E08000035", BUNDLED.councilFor(locate(BUNDLED, "LS1 4AP")), "Leeds");
        Councils councils = new Councils();
        assertEquals("E10000017", councils.nearestSocialCareCouncil(BUNDLED.district("PR1").orElseThrow()).code(), "Preston");
        assertEquals("E10000007", councils.nearestSocialCareCouncil(BUNDLED.district("DE4").orElseThrow()).code(), "Matlock");
        assertEquals("E10000019", councils.nearestSocialCareCouncil(BUNDLED.district("LN1").orElseThrow()).code(), "Lincoln");
        assertEquals("E06000018", councils.nearestSocialCareCouncil(BUNDLED.district("NG1").orElseThrow()).code(), "Nottingham");
    }

    @Test
    @DisplayName("R1.2 England's postcode districts are today's districts in English areas: not Wales's NP, nor NPT")
    void englishDistricts() {
        List<String> english = BUNDLED.englishDistricts(100);
        assertTrue(english.size() > 2000, "English districts " + english.size());
        assertTrue(BUNDLED.district("NPT").isPresent(), "the source file holds NPT");
        assertTrue(english.contains("LS6") && english.contains("LE11") && english.contains("PR1"));
        assertTrue(english.stream().noneMatch(d -> d.startsWith("NP") || d.startsWith("CF") || d.startsWith("EH")), english::toString);
        assertTrue(english.stream().allMatch(d -> Postcode.parseDistrict(d).isPresent()), english::toString);
    }

    @Test
    @DisplayName("R1.4 a county is where its districts are: in their region, and its centre among theirs")
    void countiesAgreeWithTheirDistricts() {
        Councils councils = new Councils();
        List<org.caremarket.geo.entity.Council> districts = councils.all().stream().filter(c -> c.type().equals("NMD")).toList();
        assertTrue(districts.size() > 150, "district councils " + districts.size());
        for (org.caremarket.geo.entity.Council district : districts) {
            org.caremarket.geo.entity.Council county = councils.byCode(district.socialCareCouncilCode()).orElseThrow();
            assertEquals(district.region(), county.region(), county.name() + " and its district " + district.name());
        }
        for (org.caremarket.geo.entity.Council county : councils.all().stream().filter(c -> c.type().equals("CTY")).toList()) {
            var centre = councils.centre(county.code()).orElseThrow();
            var theirs = districts.stream().filter(d -> d.socialCareCouncilCode().equals(county.code()))
                    .map(d -> councils.centre(d.code()).orElseThrow()).toList();
            assertTrue(theirs.size() >= 4, county.name() + " has " + theirs.size() + " districts");
            // within the box of its districts' centres (a district's centre is well inside the county)
            assertTrue(centre.latitude() >= theirs.stream().mapToDouble(c -> c.latitude()).min().orElseThrow()
                    && centre.latitude() <= theirs.stream().mapToDouble(c -> c.latitude()).max().orElseThrow()
                    && centre.longitude() >= theirs.stream().mapToDouble(c -> c.longitude()).min().orElseThrow()
                    && centre.longitude() <= theirs.stream().mapToDouble(c -> c.longitude()).max().orElseThrow(),
                    county.name() + "'s centre " + centre + " is outside its districts'");
        }
    }

    @Test
    @DisplayName("R1.2 every bundled LS and LE postcode is exact; elsewhere the district centroid")
    void bundled() {
        assertTrue(BUNDLED.exactPostcodes() > 68_000, "LS and LE postcodes: " + BUNDLED.exactPostcodes());
        Located leeds = locate(BUNDLED, "LS1 4AP");
        assertEquals(Precision.EXACT, leeds.coordinate().precision());
        assertEquals(53.79547, leeds.coordinate().latitude(), 1e-9);
        assertEquals(-1.55572, leeds.coordinate().longitude(), 1e-9);
        assertEquals(Optional.empty(), leeds.councilCode(), "the bundled extracts carry no council");
        Located london = locate(BUNDLED, "SW1A 1AA");
        assertEquals(Precision.DISTRICT_CENTROID, london.coordinate().precision());
        assertEquals(51.50197, london.coordinate().latitude(), 1e-9);
        assertEquals(3077, BUNDLED.districts().size());
    }

    @Test
    @DisplayName("R1.2 a postcode in an unknown district cannot be located, and require() says which field")
    void unknownDistrict() {
        assertTrue(BUNDLED.locate(Postcode.parse("ZZ9 9ZZ").orElseThrow()).isEmpty());
        InvalidInput failure = assertThrows(InvalidInput.class, () -> BUNDLED.require("address.postcode", "ZZ9 9ZZ"));
        assertEquals("address.postcode", failure.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> BUNDLED.require("address.postcode", "nonsense"));
    }

    @Test
    @DisplayName("R1.2 a place to search from may be a district on its own")
    void place() {
        assertEquals(Precision.DISTRICT_CENTROID, BUNDLED.place("near", "ls6").precision());
        assertEquals(Precision.EXACT, BUNDLED.place("near", "ls6 3hn").precision());
    }

    @Test
    @DisplayName("R1.5 an NSPL-style file adds exact postcodes and the council with social care duties for each")
    void nspl(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("NSPL_sample.csv");
        Files.write(file, List.of(
                "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,laua,ward,nhser,ctry,rgn,lat,long",
                "\"LE113TU\",\"LE11 3TU\",\"LE11 3TU\",\"198001\",\"\",\"0\",\"454000\",\"319000\",\"1\",\"E00000001\",\"E10000018\",\"\",\"E07000130\",\"\",\"\",\"E92000001\",\"E12000004\",52.764840,-1.229510",
                "\"LS1  4AP\",\"LS1  4AP\",\"LS1 4AP\",\"198001\",\"\",\"0\",\"430000\",\"433000\",\"1\",\"E00000002\",\"E99999999\",\"\",\"E08000035\",\"\",\"\",\"E92000001\",\"E12000003\",53.795470,-1.555720",
                "\"SW1A1AA\",\"SW1A 1AA\",\"SW1A 1AA\",\"198001\",\"\",\"1\",\"529090\",\"179645\",\"1\",\"E00000003\",\"E99999999\",\"\",\"E09000033\",\"\",\"\",\"E92000001\",\"E12000007\",51.501009,-0.141588",
                "\"ZE1 0AA\",\"ZE1 0AA\",\"ZE1 0AA\",\"198001\",\"\",\"0\",\"\",\"\",\"9\",\"\",\"\",\"\",\"\",\"\",\"\",\"S92000003\",\"\",99.999999,0.000000"));
        Geocoder full = geocoder(Optional.of(file.toString()));
        assertEquals(BUNDLED.exactPostcodes() + 1, full.exactPostcodes(), "one new postcode; the row without a grid reference is skipped");
        Located palace = locate(full, "SW1A 1AA");
        assertEquals(Precision.EXACT, palace.coordinate().precision());
        assertEquals(51.501009, palace.coordinate().latitude(), 1e-5, "held to about a metre");
        assertEquals(Optional.of("E09000033"), palace.councilCode());
        assertEquals(Optional.of("E10000018"), locate(full, "LE11 3TU").councilCode(), "Charnwood's county");
        assertEquals(Optional.of("E08000035"), locate(full, "LS1 4AP").councilCode());
    }

    @Test
    @DisplayName("R1.5 a file without postcode and coordinate columns is refused with the columns it needs")
    void badFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, List.of("a,b,c", "1,2,3"));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> geocoder(Optional.of(file.toString())));
        assertTrue(failure.getMessage().contains("pcds"), failure.getMessage());
    }

    @Test
    @DisplayName("R1.2 postcodes pack into a long and back unchanged")
    void packing() {
        for (String text : List.of("LS1 4AP", "SW1A 1AA", "M1 1AE", "LE65 1AA", "EC1A 1BB", "W1A 0AX")) {
            Postcode postcode = Postcode.parse(text).orElseThrow();
            assertEquals(postcode, PostcodeIndex.unpack(PostcodeIndex.pack(postcode)));
        }
    }

    @Test
    @DisplayName("R1.2 of two entries for one postcode, the later one counts")
    void laterWins() {
        PostcodeIndex.Builder builder = new PostcodeIndex.Builder();
        Postcode postcode = Postcode.parse("LS1 4AP").orElseThrow();
        builder.add(postcode, 53.0, -1.0, null);
        builder.add(postcode, 53.5, -1.5, "E08000035");
        PostcodeIndex index = builder.build();
        assertEquals(1, index.size());
        assertEquals(53.5, index.find(postcode).orElseThrow().latitude(), 1e-9);
        assertEquals(Optional.of("E08000035"), index.find(postcode).orElseThrow().councilCode());
    }
}
