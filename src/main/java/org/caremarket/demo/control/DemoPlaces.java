package org.caremarket.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;

/**
 * Where the demo market is: Leeds and Leicestershire, by the postcode districts wholly or almost wholly in each,
 * with their post towns and the sizes of their markets; or, at England scale, England's postcode districts.
 */
public final class DemoPlaces {

    static final String LEEDS = "E08000035";
    static final String LEICESTERSHIRE = "E10000018";

    /** Postcode districts wholly or almost wholly in each council (LS24 Tadcaster and LS29 Ilkley are not Leeds; LE1–LE5 are mostly Leicester city, LE15 is Rutland). */
    static final List<String> LEEDS_DISTRICTS = districts("LS", 1, 23, 25, 26, 27, 28);
    static final List<String> LEICESTERSHIRE_DISTRICTS = List.of("LE6", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12",
            "LE13", "LE14", "LE16", "LE17", "LE18", "LE19", "LE65", "LE67");

    /** Royal Mail post towns by district (the area's name is the default). */
    static final Map<String, String> LEEDS_POST_TOWNS = Map.of("LS", "Leeds", "LS21", "Otley", "LS22", "Wetherby",
            "LS23", "Wetherby", "LS28", "Pudsey");
    static final Map<String, String> LEICESTERSHIRE_POST_TOWNS = Map.ofEntries(Map.entry("LE", "Leicester"),
            Map.entry("LE10", "Hinckley"), Map.entry("LE11", "Loughborough"), Map.entry("LE12", "Loughborough"),
            Map.entry("LE13", "Melton Mowbray"), Map.entry("LE14", "Melton Mowbray"),
            Map.entry("LE16", "Market Harborough"), Map.entry("LE17", "Lutterworth"), Map.entry("LE18", "Wigston"),
            Map.entry("LE65", "Ashby-de-la-Zouch"), Map.entry("LE67", "Coalville"));

    private DemoPlaces() {
    }

    /**
     * Leeds has over 90 residential and nursing homes for older people, over 140 homecare providers, 53 care homes for
     * working-age adults and over 500 extra care apartments (its published strategies); Leicestershire is sized in
     * proportion to its population (about 0.9 of Leeds').
     */
    static List<MarketGenerator.CouncilMarket> markets(Geocoder geocoder, Councils councils) {
        return List.of(
                new MarketGenerator.CouncilMarket(councils.byCode(LEEDS).orElseThrow(), postcodes(geocoder, LEEDS_DISTRICTS),
                        LEEDS_POST_TOWNS, "0113", 96, 53, 145, 520, 40, 1),
                new MarketGenerator.CouncilMarket(councils.byCode(LEICESTERSHIRE).orElseThrow(),
                        postcodes(geocoder, LEICESTERSHIRE_DISTRICTS), LEICESTERSHIRE_POST_TOWNS, "0116", 86, 48, 130, 470, 36, 1));
    }

    /**
     * England's geographic postcode districts (those with at least 100 postcodes), weighted by their postcodes; the
     * council is the one {@link Councils#nearestSocialCareCouncil} gives for the district's centroid (an
     * approximation: the bundled data does not say which council a district is in). LS and LE districts keep their
     * real postcodes. Also what the matching benchmark builds its market from.
     */
    public static List<MarketGenerator.DistrictSite> englishDistricts(Geocoder geocoder, Councils councils) {
        List<MarketGenerator.DistrictSite> sites = new ArrayList<>();
        for (String district : geocoder.englishDistricts(100)) {
            String area = district.replaceAll("[0-9].*$", "");
            int weight = geocoder.postcodeCount(district);
            Council council = councils.nearestSocialCareCouncil(geocoder.district(district).orElseThrow());
            List<Postcode> known = area.equals("LS") || area.equals("LE") ? geocoder.postcodesIn(district) : List.of();
            sites.add(new MarketGenerator.DistrictSite(district, weight, council, known, council.name()));
        }
        return sites;
    }

    /** Every postcode of these districts. */
    static List<Postcode> postcodes(Geocoder geocoder, List<String> districts) {
        List<Postcode> all = new ArrayList<>();
        districts.forEach(d -> all.addAll(geocoder.postcodesIn(d)));
        return all;
    }

    private static List<String> districts(String area, int from, int to, int... more) {
        List<String> list = new ArrayList<>(IntStream.rangeClosed(from, to).mapToObj(i -> area + i).toList());
        for (int n : more) {
            list.add(area + n);
        }
        return List.copyOf(list);
    }
}
