package org.caremarket.web;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The providers' "offers waiting for an answer" pages over HTTP, signed in as the demo provider: offers are sent by the
 * demo Leeds broker's key to a care home this test registers for the demo provider.
 */
class ProviderOffersIT {

    static final String PROVIDER = "provider@caremarket.example";
    private final String word = unique();

    /** The demo provider account's provider, read from one of its services on its own page. */
    static String demoProvider() {
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        Matcher m = Pattern.compile("/provider/services/([A-Za-z0-9-]+)/vacancies").matcher(web.get("/provider").body());
        assertTrue(m.find(), "the demo provider has services");
        return get("/api/services/" + m.group(1)).json().getString("providerId");
    }

    /** A nursing home with free dementia beds for the demo provider (so its staff account answers its offers). */
    static String demoHome(String name) {
        return demoHome(name, 3);
    }

    /** As {@link #demoHome(String)}, with this many free dementia beds. */
    static String demoHome(String name, int beds) {
        String id = created(post("/api/services", Api.service(demoProvider(), name).build().toString())).getString("id");
        Api.Reply reply = put("/api/services/" + id + "/vacancies", Json.createObjectBuilder().add("beds", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "NURSING_DEMENTIA").add("available", beds))).build().toString(), "\"0\"");
        assertEquals(200, reply.status(), reply::body);
        return id;
    }

    /** A Leeds hospital discharge offered to the home; the offer's id. */
    static String offer(String home, String reference) {
        String id = CouncilBrokerIT.discharge(reference);
        Api.Reply sent = post("/api/care-packages/" + id + "/offers", "{\"serviceIds\": [\"" + home + "\"]}", CouncilBrokerIT.BROKER);
        assertEquals(201, sent.status(), sent::body);
        return sent.array().getJsonObject(0).getString("id");
    }

    private static JsonObject offerJson(String offerId) {
        return get("/api/offers/" + offerId, CouncilBrokerIT.BROKER).json();
    }

    @Test
    @DisplayName("R14.50 R14.51 a provider's offers waiting for an answer, soonest to expire first, with the request's kind, needs, "
            + "district (never the postcode), start, urgency with the discharge flagged, price cap and time left; linked from /provider")
    void list() {
        String home = demoHome("Offers home " + word);
        String later = offer(home, "REF-LATER-" + word);
        String sooner = CouncilBrokerIT.discharge("REF-SOONER-" + word);
        Api.Reply sent = post("/api/care-packages/" + sooner + "/offers", "{\"serviceIds\": [\"" + home + "\"], \"respondWithinHours\": 1}",
                CouncilBrokerIT.BROKER);
        assertEquals(201, sent.status(), sent::body);
        String soonerOffer = sent.array().getJsonObject(0).getString("id");

        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        assertTrue(web.get("/provider").body().contains("href=\"/provider/offers\""), "linked from the provider's page");
        HttpResponse<String> page = web.get("/provider/offers");
        assertEquals(200, page.statusCode(), page::body);
        String html = page.body();
        int a = html.indexOf("/provider/offers/" + soonerOffer);
        int b = html.indexOf("/provider/offers/" + later);
        assertTrue(a > 0 && b > 0, "both offers listed");
        assertTrue(a < b, "the one expiring sooner first");
        String text = CouncilPagesIT.text(page);
        assertTrue(text.contains("Care home with nursing") || text.contains("nursing"), text);
        assertTrue(text.contains("LS9"), "the district");
        assertFalse(text.contains("LS9 7TF"), "never the postcode before an award");
        assertFalse(text.contains("REF-LATER-" + word), "never the council's reference");
        assertTrue(text.contains("Hospital discharge"), "the discharge flagged");
        assertTrue(text.contains("Dementia"), "the needs");
        assertTrue(text.contains("minutes left") || text.contains("1 hour left"), "time left: " + text);
        assertTrue(text.contains("Offers home " + word), "the service offered");

        HttpResponse<String> one = web.get("/provider/offers/" + later);
        assertEquals(200, one.statusCode(), one::body);
        assertFalse(CouncilPagesIT.text(one).contains("LS9 7TF"), "the offer's page shows the district only");
        assertTrue(one.body().contains("action=\"/provider/offers/" + later + "/accept\""));

        assertEquals(303, new WebClient().get("/provider/offers").statusCode(), "signed out: to sign in");
        assertEquals(403, ProviderPagesIT.signedIn("person@caremarket.example").get("/provider/offers").statusCode());
        assertEquals(403, ProviderPagesIT.signedIn("broker.leeds@caremarket.example").get("/provider/offers").statusCode());
    }

    @Test
    @DisplayName("R14.52 accepting at a price in pounds and pence: post, redirect, the banner; the broker sees the price; the offer "
            + "leaves the list")
    void accept() {
        String offerId = offer(demoHome("Accept home " + word), "REF-A-" + word);
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        web.get("/provider/offers/" + offerId);
        HttpResponse<String> done = web.post("/provider/offers/" + offerId + "/accept", Map.of("price", "1,180.50", "acceptNote", "Room 4"));
        assertEquals(303, done.statusCode(), done::body);
        assertEquals("/provider/offers?accepted=yes", done.headers().firstValue("Location").orElse(""));
        HttpResponse<String> after = web.get("/provider/offers?accepted=yes");
        assertTrue(CouncilPagesIT.text(after).contains("You have accepted the offer"));
        assertFalse(after.body().contains("/provider/offers/" + offerId), "no longer waiting");
        JsonObject o = offerJson(offerId);
        assertEquals("ACCEPTED", o.getString("status"));
        assertEquals(0, o.getJsonNumber("price").bigDecimalValue().compareTo(new java.math.BigDecimal("1180.50")));
        assertEquals("Room 4", o.getString("note"));
    }

    @Test
    @DisplayName("R14.53 a price that is not pounds and pence, none, 0 or above £20,000 is refused the GOV.UK way (400, error summary, "
            + "the value kept) and changes nothing")
    void badPrice() {
        String offerId = offer(demoHome("Price home " + word), "REF-P-" + word);
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        for (String bad : new String[] {"", "12.5", "twelve", "1180.505", "0", "-5", "20000.01", "1e3", "<b>9</b>"}) {
            web.get("/provider/offers/" + offerId);
            HttpResponse<String> refused = web.post("/provider/offers/" + offerId + "/accept", Map.of("price", bad));
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(refused.body().contains("govuk-error-summary"), bad);
            assertTrue(refused.body().contains("href=\"#price\""), "the summary links to the field: " + bad);
            assertFalse(refused.body().contains("<b>9</b>"), "escaped");
        }
        assertEquals("SENT", offerJson(offerId).getString("status"), "nothing changed");
    }

    @Test
    @DisplayName("R14.54 declining with a reason from brokerage's list (other needs a note); no reason is refused the GOV.UK way")
    void decline() {
        String offerId = offer(demoHome("Decline home " + word), "REF-D-" + word);
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        HttpResponse<String> page = web.get("/provider/offers/" + offerId);
        assertTrue(page.body().contains("value=\"NO_CAPACITY\""), "brokerage's reasons");
        HttpResponse<String> none = web.post("/provider/offers/" + offerId + "/decline", Map.of("reason", ""));
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("href=\"#reason\""));
        web.get("/provider/offers/" + offerId);
        HttpResponse<String> other = web.post("/provider/offers/" + offerId + "/decline", Map.of("reason", "OTHER"));
        assertEquals(400, other.statusCode());
        assertTrue(other.body().contains("href=\"#declineNote\""));
        web.get("/provider/offers/" + offerId);
        assertEquals(400, web.post("/provider/offers/" + offerId + "/decline", Map.of("reason", "NOT_A_REASON")).statusCode());
        assertEquals("SENT", offerJson(offerId).getString("status"), "nothing changed");
        web.get("/provider/offers/" + offerId);
        HttpResponse<String> done = web.post("/provider/offers/" + offerId + "/decline", Map.of("reason", "STAFFING"));
        assertEquals(303, done.statusCode(), done::body);
        assertEquals("/provider/offers?declined=yes", done.headers().firstValue("Location").orElse(""));
        JsonObject o = offerJson(offerId);
        assertEquals("DECLINED", o.getString("status"));
        assertEquals("STAFFING", o.getString("declineReason"));
    }

    @Test
    @DisplayName("R14.55 an offer withdrawn, or answered, meanwhile is said in words (409 with the page), not an error page")
    void race() {
        String home = demoHome("Race home " + word);
        String offerId = offer(home, "REF-R-" + word);
        String packageId = offerJson(offerId).getString("packageId");
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        web.get("/provider/offers/" + offerId);
        Api.Reply withdrawn = post("/api/care-packages/" + packageId + "/offers/" + offerId + "/withdraw", "", CouncilBrokerIT.BROKER);
        assertEquals(200, withdrawn.status(), withdrawn::body);
        HttpResponse<String> late = web.post("/provider/offers/" + offerId + "/accept", Map.of("price", "1180"));
        assertEquals(409, late.statusCode(), late::body);
        String text = CouncilPagesIT.text(late);
        assertTrue(text.contains("Your answer has not been saved"), text);
        assertTrue(text.contains("The council withdrew this offer"), text);
        assertFalse(late.body().contains("action=\"/provider/offers/" + offerId + "/accept\""), "no form to answer again");

        String second = offer(home, "REF-R2-" + word);
        web.get("/provider/offers/" + second);
        assertEquals(303, web.post("/provider/offers/" + second + "/decline", Map.of("reason", "PRICE")).statusCode());
        web.get("/provider/offers");
        HttpResponse<String> again = web.post("/provider/offers/" + second + "/accept", Map.of("price", "1180"));
        assertEquals(409, again.statusCode(), again::body);
        assertTrue(CouncilPagesIT.text(again).contains("You declined this offer"));
        assertEquals("DECLINED", offerJson(second).getString("status"));
    }

    @Test
    @DisplayName("R14.56 another provider's offer is refused (403) and unknown ones are 404s; a form without its CSRF token changes "
            + "nothing")
    void othersAndCsrf() {
        String otherProvider = Api.newProvider("Other offers " + word);
        String otherHome = created(post("/api/services", Api.service(otherProvider, "Other home " + word).build().toString())).getString("id");
        put("/api/services/" + otherHome + "/vacancies", Json.createObjectBuilder().add("beds", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "NURSING_DEMENTIA").add("available", 3))).build().toString(), "\"0\"");
        String theirs = offer(otherHome, "REF-O-" + word);
        String mine = offer(demoHome("Csrf home " + word), "REF-C-" + word);
        WebClient web = ProviderPagesIT.signedIn(PROVIDER);
        assertFalse(web.get("/provider/offers").body().contains(theirs), "not listed");
        assertEquals(403, web.get("/provider/offers/" + theirs).statusCode());
        web.get("/provider/offers/" + mine);
        HttpResponse<String> accept = web.post("/provider/offers/" + theirs + "/accept", Map.of("price", "1180"));
        assertEquals(403, accept.statusCode());
        assertFalse(accept.body().contains("Offer:"), "not the offer's page");
        web.get("/provider/offers/" + mine);
        assertEquals(403, web.post("/provider/offers/" + theirs + "/decline", Map.of("reason", "PRICE")).statusCode());
        assertEquals("SENT", offerJson(theirs).getString("status"));
        assertEquals(404, web.get("/provider/offers/00000000-0000-0000-0000-000000000000").statusCode());
        assertEquals(404, web.get("/provider/offers/not-an-id").statusCode());
        web.get("/provider/offers/" + mine);
        assertEquals(404, web.post("/provider/offers/00000000-0000-0000-0000-000000000000/accept", Map.of("price", "1")).statusCode());

        web.get("/provider/offers/" + mine);
        HttpResponse<String> forged = web.postRaw("/provider/offers/" + mine + "/accept", Map.of("price", "1180"));
        assertEquals(403, forged.statusCode());
        HttpResponse<String> wrong = web.postRaw("/provider/offers/" + mine + "/decline", Map.of("csrf", "nope", "reason", "PRICE"));
        assertEquals(403, wrong.statusCode());
        assertEquals("SENT", offerJson(mine).getString("status"), "nothing changed");
    }
}
