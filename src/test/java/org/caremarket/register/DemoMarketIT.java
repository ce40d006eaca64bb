package org.caremarket.register;

import static org.caremarket.Api.get;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server under test starts with the demo market enabled, as the README's run command does. */
class DemoMarketIT {

    private static int total(String query) {
        return get("/api/services?size=1&status=REGISTERED&status=DORMANT&" + query).json().getInt("total");
    }

    @Test
    @DisplayName("R2.11 Leeds: over 90 older people's homes, over 140 homecare services, 53 working-age homes, over 500 extra care units")
    void leeds() {
        int olderPeopleHomes = total("council=E08000035&kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL"
                + "&specialism=OLDER_PEOPLE&q=(demo)");
        int workingAgeHomes = total("council=E08000035&kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL"
                + "&specialism=YOUNGER_ADULTS&q=(demo)");
        int homecare = total("council=E08000035&kind=HOMECARE&q=(demo)");
        assertTrue(olderPeopleHomes > 90, "older people's homes " + olderPeopleHomes);
        assertTrue(workingAgeHomes >= 53, "working-age homes " + workingAgeHomes);
        assertTrue(homecare > 140, "homecare " + homecare);
        int units = get("/api/services?size=100&status=REGISTERED&status=DORMANT&council=E08000035&kind=EXTRA_CARE&q=(demo)")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getJsonObject("capacity").getInt("amount")).sum();
        assertTrue(units > 500, "extra care units " + units);
        assertTrue(total("council=E08000035&kind=SHARED_LIVES") >= 1);
    }

    @Test
    @DisplayName("R2.11 Leicestershire is sized like Leeds in proportion to its population")
    void leicestershire() {
        int homes = total("council=E10000018&kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL&q=(demo)");
        int homecare = total("council=E10000018&kind=HOMECARE&q=(demo)");
        assertTrue(homes > 110 && homes < 150, "care homes " + homes);
        assertTrue(homecare > 110 && homecare < 150, "homecare " + homecare);
    }

    @Test
    @DisplayName("R2.11 ratings have a realistic mix: most Good, few Outstanding or Inadequate")
    void ratingMix() {
        int all = total("q=(demo)");
        int good = total("q=(demo)&minRating=GOOD") - total("q=(demo)&minRating=OUTSTANDING");
        int outstanding = total("q=(demo)&minRating=OUTSTANDING");
        int inadequateOrBetter = total("q=(demo)&minRating=INADEQUATE");
        int inadequate = inadequateOrBetter - total("q=(demo)&minRating=REQUIRES_IMPROVEMENT");
        assertTrue(all > 600, "demo services " + all);
        assertTrue(good > all * 0.6, "Good " + good + " of " + all);
        assertTrue(outstanding > 0 && outstanding < all * 0.1, "Outstanding " + outstanding);
        assertTrue(inadequate > 0 && inadequate < all * 0.05, "Inadequate " + inadequate);
    }

    @Test
    @DisplayName("R2.11 demo records are visibly fictional and sit on real postcodes located exactly")
    void fictional() {
        var found = get("/api/services?q=(demo)&size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(found.size() == 100);
        // Tests add services of their own to a demo provider (its demo account answers offers on the pages:
        // ProviderOffersIT), with test CQC ids (1-9…); the demo's own are the rest, and every one is fictional.
        var items = found.stream().filter(s -> !s.getString("cqcLocationId").startsWith("1-9")).toList();
        assertTrue(items.size() >= 80, "demo services among the first 100: " + items.size());
        for (JsonObject s : items) {
            assertTrue(s.getString("name").endsWith("(demo)"), s.getString("name"));
            assertTrue(s.getString("providerName").endsWith("(demo)"), s.getString("providerName"));
            assertTrue(s.getString("cqcLocationId").startsWith("1-0"), "fictional CQC id");
            assertTrue(s.getJsonObject("location").getString("precision").equals("EXACT"));
            String postcode = s.getJsonObject("address").getString("postcode");
            assertTrue(get("/api/postcodes/" + postcode.replace(" ", "%20")).json().getString("precision").equals("EXACT"));
        }
    }
}
