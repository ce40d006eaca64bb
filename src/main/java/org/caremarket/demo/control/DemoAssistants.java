package org.caremarket.demo.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;

/**
 * Where the demo market's personal assistants live: 180 around Leeds and 150 in Leicestershire on real postcodes
 * (the districts wholly or almost wholly in each council, as the register's demo uses them); at England scale also
 * PAs across England's postcode districts, at their centroids, for the search benchmark.
 */
public final class DemoAssistants {

    private DemoAssistants() {
    }

    /** The 330 local PAs' homes, in order (the first is the demo ASSISTANT key's). */
    static List<AssistantGenerator.Home> localHomes(Geocoder geocoder, Random places) {
        List<AssistantGenerator.Home> homes = new ArrayList<>();
        for (int i = 0; i < 330; i++) {
            List<String> area = i < 180 ? DemoPlaces.LEEDS_DISTRICTS : DemoPlaces.LEICESTERSHIRE_DISTRICTS;
            String district = area.get(places.nextInt(area.size()));
            List<Postcode> postcodes = geocoder.postcodesIn(district);
            Located home = geocoder.locate(postcodes.get(places.nextInt(postcodes.size()))).orElseThrow();
            List<String> nearby = List.of(area.get(places.nextInt(area.size())));
            homes.add(new AssistantGenerator.Home(home.postcode().toString(), district, home.coordinate(),
                    i < 180 ? DemoPlaces.LEEDS : DemoPlaces.LEICESTERSHIRE, nearby));
        }
        return homes;
    }

    /**
     * Where the England-scale demo PAs live: postcode districts of England drawn in proportion to their postcodes (a
     * proxy for people), each PA at its district's centroid (no postcode), in the care of the council
     * {@link Councils#nearestSocialCareCouncil} gives. Also what the in-process search benchmark builds.
     */
    public static List<AssistantGenerator.Home> englandHomes(Geocoder geocoder, Councils councils, Random places, int count) {
        List<String> districts = geocoder.englishDistricts(100);
        int[] cumulative = new int[districts.size()];
        int total = 0;
        for (int d = 0; d < districts.size(); d++) {
            total += geocoder.postcodeCount(districts.get(d));
            cumulative[d] = total;
        }
        Map<String, AssistantGenerator.Home> byDistrict = new HashMap<>();
        List<AssistantGenerator.Home> homes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = Arrays.binarySearch(cumulative, places.nextInt(total) + 1);
            homes.add(byDistrict.computeIfAbsent(districts.get(at >= 0 ? at : -at - 1), district -> {
                var centre = geocoder.district(district).orElseThrow();
                return new AssistantGenerator.Home(null, district, centre, councils.nearestSocialCareCouncil(centre).code(),
                        List.of());
            }));
        }
        return homes;
    }
}
