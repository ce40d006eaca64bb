package org.caremarket.web;

import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The personal-assistant pages over HTTP: a search without an account, what it shows and hides, its errors, a PA's page. */
class PaPagesIT {

    private final String word = Api.unique().replaceAll("[^A-Za-z]", "");
    private final String language = "Lang" + word.toLowerCase();
    private final String phone = "07700 900" + String.format("%03d", Math.floorMod(word.hashCode(), 1000));
    private final String email = "pa." + word.toLowerCase() + "@example.org";

    private static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    /** A listed PA near LS6 1AA who speaks this test's own language; returns its id. */
    static String listedPa(String name, String language, String phone, String email) {
        return listedPa(name, language, phone, email, newKey("ASSISTANT", null, null));
    }

    static String listedPa(String name, String language, String phone, String email, String assistantKey) {
        String body = Json.createObjectBuilder().add("firstName", name).add("lastInitial", "Q")
                .add("postcode", "LS6 1AA").add("travelKm", 8)
                .add("skills", Json.createArrayBuilder().add("PERSONAL_CARE").add("MEDICATION"))
                .add("qualifications", Json.createArrayBuilder().add("Care Certificate"))
                .add("experienceYears", 6).add("languages", Json.createArrayBuilder().add("English").add(language))
                .add("gender", "FEMALE").add("interests", "Walking, baking")
                .add("hourlyRate", Json.createObjectBuilder().add("from", 13.00).add("to", 14.00))
                .add("availability", Json.createObjectBuilder().add("from", today(-1))
                        .add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING").add("SAT:AFTERNOON")))
                .add("dbs", Json.createObjectBuilder().add("level", "ENHANCED_WITH_ADULTS_BARRED_LIST")
                        .add("certificateDate", today(-200)).add("updateService", true))
                .add("rightToWorkChecked", true).add("insuranceExpiry", today(200))
                .add("contact", Json.createObjectBuilder().add("phone", phone).add("email", email)).build().toString();
        Api.Reply reply = put("/api/assistants/me", body, null, assistantKey);
        assertEquals(201, reply.status(), reply::body);
        return reply.json().getString("id");
    }

    @Test
    @DisplayName("R14.30 anyone finds PAs without an account: cards with overlap, skills, rate, checks and why; never contact details or a postcode")
    void searchWithoutAccount() {
        String id = listedPa("Zed" + word, language, phone, email);
        Api.Reply page = get("/find-a-pa?postcode=LS6+2AA&slot=MON:MORNING&slot=TUE:MORNING&slot=SUN:EVENING"
                + "&skill=MEDICATION&maxRate=15&language=" + language + "&gender=FEMALE");
        assertEquals(200, page.status(), page::body);
        String html = page.body();
        assertTrue(html.contains("<title>Personal assistants near LS6"), html);
        assertTrue(html.contains("href=\"/find-a-pa/assistants/" + id + "\">Zed" + word + " Q.</a>"), html);
        assertTrue(html.contains("10 of 15 hours a week"), "the overlap: Monday and Tuesday mornings of the 15 hours needed");
        assertTrue(html.contains("£13.00 to £14.00 an hour"), "the rate");
        assertTrue(html.contains("Prompting and giving medication"), "the skills");
        assertTrue(html.contains(">DBS check<") && html.contains(">Insured<") && html.contains(">Not verified<"), "the checks");
        assertTrue(html.contains("Why this PA") && html.contains("points)"), "the score's reasons");
        assertTrue(html.contains("value=\"MON:MORNING\" checked"), "ticked times are kept");
        assertFalse(html.contains(phone) || html.contains(email) || html.contains("LS6 1AA"), "no contact details, no home postcode");
        Api.Reply district = get("/find-a-pa?postcode=LS6&slot=MON:MORNING&language=" + language);
        assertEquals(200, district.status(), district::body);
        assertTrue(district.body().contains("Zed" + word), "a district alone is enough");
        Api.Reply none = get("/find-a-pa?postcode=LS6+2AA&slot=MON:MORNING&language=" + language + "&gender=MALE");
        assertTrue(none.body().contains("No PAs match your search"), none::body);
    }

    @Test
    @DisplayName("R14.31 the PA search's errors the GOV.UK way: summary linking to each field, message on it, values kept, 400")
    void searchErrors() {
        Api.Reply bad = get("/find-a-pa?postcode=&maxRate=lots&gender=ROBOT&skill=JUGGLING&language=%3Cb%3E");
        assertEquals(400, bad.status());
        String html = bad.body();
        assertTrue(html.contains("<title>Error: Find a personal assistant"), html);
        for (String field : new String[] {"postcode", "slot-MON-MORNING", "maxRate", "gender", "skill", "language"}) {
            assertTrue(html.contains("<a href=\"#" + field + "\">"), field + ": " + html);
        }
        assertTrue(html.contains("value=\"lots\""), "values kept");
        assertFalse(html.contains("<b>"), "and escaped");
        Api.Reply badSlot = get("/find-a-pa?postcode=LS6+2AA&slot=MON:LUNCH");
        assertEquals(400, badSlot.status());
        assertTrue(badSlot.body().contains("Select times from the list"), badSlot::body);
        Api.Reply unknown = get("/find-a-pa?postcode=ZZ99+9ZZ&slot=MON:MORNING");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("<a href=\"#postcode\">"), unknown::body);
        assertEquals(400, get("/find-a-pa?postcode=LS6&slot=MON:MORNING&extra=1").status(), "an unknown field");
        assertEquals(400, get("/find-a-pa?postcode=LS6&postcode=LS7&slot=MON:MORNING").status(), "a field twice");
        assertEquals(404, get("/find-a-pa?postcode=LS6&slot=MON:MORNING&page=0").status());
        assertEquals(404, get("/find-a-pa?postcode=LS6&slot=MON:MORNING&page=x").status());
        assertEquals(200, get("/find-a-pa").status(), "the empty form");
    }

    @Test
    @DisplayName("R14.32 a PA's page, public: profile, checks and rate, no contact details or home postcode; an unknown PA is a 404")
    void assistantPage() {
        String id = listedPa("Zed" + word, language, phone, email);
        Api.Reply page = get("/find-a-pa/assistants/" + id);
        assertEquals(200, page.status(), page::body);
        String html = page.body();
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">Zed" + word + " Q.</h1>"), html);
        assertTrue(html.contains("Walking, baking") && html.contains("Care Certificate") && html.contains(language), html);
        assertTrue(html.contains("DBS check in date") && html.contains("Right to work checked"), html);
        assertFalse(html.contains(phone) || html.contains(email) || html.contains("LS6 1AA"), "no contact details, no home postcode");
        assertEquals(404, get("/find-a-pa/assistants/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, get("/find-a-pa/assistants/" + "x".repeat(40)).status());
    }

    @Test
    @DisplayName("R14.35 a signed-in person's introductions: the status, and the PA's phone and email only once the PA accepts; signed out to sign-in, other roles 403")
    void myIntroductions() {
        String assistantKey = newKey("ASSISTANT", null, null);
        String id = listedPa("Zed" + word, language, phone, email, assistantKey);
        String body = Json.createObjectBuilder().add("postcode", "LS6 2AA").add("message", "Could you help on weekday mornings?")
                .add("slots", Json.createArrayBuilder().add("WEEKDAYS:MORNING"))
                .add("contact", Json.createObjectBuilder().add("name", "Margaret").add("phone", "0113 496 0000")).build().toString();
        Api.Reply asked = Api.post("/api/assistants/" + id + "/introductions", body, "cm_demo_person");
        assertEquals(201, asked.status(), asked::body);
        String introduction = asked.json().getString("id");
        WebClient web = ProviderPagesIT.signedIn("person@caremarket.example");
        var before = web.get("/introductions");
        assertEquals(200, before.statusCode(), before::body);
        String card = before.body().substring(before.body().indexOf("Zed" + word));
        assertTrue(card.contains("Waiting for an answer"), card);
        assertFalse(before.body().contains(phone) || before.body().contains(email), "no contact details before the PA accepts");
        Api.Reply accepted = Api.post("/api/introductions/" + introduction + "/accept", "{}", assistantKey);
        assertEquals(200, accepted.status(), accepted::body);
        var after = web.get("/introductions");
        assertTrue(after.body().contains(phone) && after.body().contains(email), "the PA's contact details once accepted");
        assertTrue(after.body().substring(after.body().indexOf("Zed" + word)).contains(">Accepted<"), after::body);
        WebClient anonymous = new WebClient();
        var out = anonymous.get("/introductions");
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").endsWith("/sign-in"), "to sign in");
        assertEquals(403, ProviderPagesIT.signedIn("provider@caremarket.example").get("/introductions").statusCode());
    }
}
