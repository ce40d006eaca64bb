package org.caremarket.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Postcode;

/**
 * Writes the PA searches the HTTP benchmark sends (src/test/bench/assistants.sh): at real Leeds and
 * Leicestershire postcodes and at real postcode districts across England, for typical weekly slots, up
 * to three skills and a budget.
 */
public final class AssistantSearchUrls {

    private AssistantSearchUrls() {
    }

    public static void main(String[] args) throws Exception {
        Geocoder geocoder = Geocoder.standalone(new Councils());
        List<Postcode> postcodes = new ArrayList<>();
        for (String district : geocoder.districts()) {
            if (district.matches("^(LS|LE)\\d+$")) {
                postcodes.addAll(geocoder.postcodesIn(district));
            }
        }
        List<String> districts = geocoder.englishDistricts(100);
        String[][] needs = {{"WEEKDAYS:MORNING"}, {"WEEKDAYS:MORNING", "WEEKDAYS:EVENING"}, {"EVERY_DAY:MORNING"},
                {"WEEKENDS:MORNING", "WEEKENDS:AFTERNOON"}, {"MON:AFTERNOON", "WED:AFTERNOON", "FRI:AFTERNOON"}, {"SAT:NIGHT"}};
        String[] skills = {"PERSONAL_CARE", "MOVING_AND_HANDLING", "MEDICATION", "DEMENTIA", "MEAL_PREPARATION",
                "DRIVING_OWN_CAR", "AUTISM", "LEARNING_DISABILITY"};
        Random random = new Random(20261129);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            // half at full postcodes (Leeds, Leicestershire), half at a district alone anywhere in England
            String place = i % 2 == 0 ? postcodes.get(random.nextInt(postcodes.size())).toString()
                    : districts.get(random.nextInt(districts.size()));
            StringBuilder url = new StringBuilder("/api/assistants/search?postcode=")
                    .append(URLEncoder.encode(place, StandardCharsets.UTF_8));
            for (String slot : needs[random.nextInt(needs.length)]) {
                url.append("&slot=").append(slot);
            }
            for (int s = 0, n = random.nextInt(4); s < n; s++) {
                url.append("&skill=").append(skills[random.nextInt(skills.length)]);
            }
            if (random.nextInt(4) != 0) {
                url.append("&maxRate=").append(14 + random.nextInt(4)).append(".00");
            }
            if (random.nextInt(10) == 0) {
                url.append("&verifiedOnly=true");
            }
            urls.add(url.toString());
        }
        Files.write(Path.of(args[0]), urls);
        System.out.printf("%d searches written to %s%n", urls.size(), args[0]);
    }
}
