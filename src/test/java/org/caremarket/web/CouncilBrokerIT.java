package org.caremarket.web;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A broker's pages: the work list, a request's page with its timeline, the matches with "why this match", offers sent
 * from the page, awarding an accepted offer (the capacity taken at once; a second award is a clear 409 message), and
 * closing a request with a reason; over HTTP and in headless Chromium (axe, 320 px, with and without JavaScript). Over
 * HTTP the provider accepts through the API; in the browser journey the offers go to the demo provider's homes and it
 * accepts them on its offers page, signed in in a second browser session.
 */
class CouncilBrokerIT {

    static final String BROKER = "cm_demo_broker_leeds";
    private final String word = unique();
    private final String provider = Api.newProvider("Broker pages " + word);
    private final String providerKey = Api.newKey("PROVIDER", provider, null);

    /** A Good nursing home with dementia care at LS1 2NE (about 2.5 km from LS9 7TF) with free dementia beds. */
    private String home(String name, int beds) {
        String id = created(post("/api/services", Api.service(provider, name + " " + word).build().toString())).getString("id");
        Api.Reply reply = put("/api/services/" + id + "/vacancies", Json.createObjectBuilder().add("beds", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "NURSING_DEMENTIA").add("available", beds))).build().toString(), "\"0\"",
                providerKey);
        assertEquals(200, reply.status(), reply::body);
        return id;
    }

    /** A Leeds hospital discharge needing a nursing dementia bed near LS9 7TF, made through the API. */
    static String discharge(String reference) {
        return created(post("/api/care-packages", Json.createObjectBuilder().add("kind", "CARE_HOME_NURSING").add("postcode", "LS9 7TF")
                .add("startDate", LocalDate.now(ZoneOffset.UTC).toString()).add("urgency", "HOSPITAL_DISCHARGE")
                .add("funding", "COUNCIL_ARRANGED").add("reference", reference)
                .add("needs", Json.createObjectBuilder().add("bedType", "NURSING_DEMENTIA")
                        .add("specialisms", Json.createArrayBuilder().add("DEMENTIA"))).build().toString(), BROKER)).getString("id");
    }

    static int dementiaBeds(String serviceId) {
        return get("/api/services/" + serviceId + "/vacancies").json().getJsonArray("beds").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("type").equals("NURSING_DEMENTIA")).mapToInt(b -> b.getInt("available")).sum();
    }

    private List<String> acceptAll(String packageId) {
        var offers = get("/api/care-packages/" + packageId, BROKER).json().getJsonArray("offers").getValuesAs(JsonObject.class);
        for (JsonObject o : offers) {
            Api.Reply accepted = post("/api/offers/" + o.getString("id") + "/accept", "{\"price\": 1180.00}", providerKey);
            assertEquals(200, accepted.status(), accepted::body);
        }
        return offers.stream().map(o -> o.getString("id")).toList();
    }

    @Test
    @DisplayName("R14.66 a broker's pages over HTTP: work list oldest first with the discharge flagged, matches with why, offers "
            + "(none chosen is 400), award (capacity taken; a second award is 409 said in words), close with a reason; "
            + "other roles refused")
    void brokerPages() {
        String first = home("First", 3);
        String second = home("Second", 2);
        String reference = "LCC-" + word;
        String id = discharge(reference);
        WebClient web = CouncilPagesIT.signedIn("broker.leeds@caremarket.example");
        HttpResponse<String> list = web.get("/council/requests");
        assertEquals(200, list.statusCode());
        String row = list.body().substring(list.body().indexOf(reference));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("Hospital discharge"), "the discharge is flagged");

        HttpResponse<String> page = web.get("/council/requests/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(CouncilPagesIT.text(page).contains("Requested"), "the timeline starts");
        HttpResponse<String> matches = web.get("/council/requests/" + id + "/matches");
        assertEquals(200, matches.statusCode());
        assertTrue(matches.body().contains("value=\"" + first + "\"") && matches.body().contains("value=\"" + second + "\""),
                "both homes are matched");
        assertTrue(matches.body().contains("Why this match") && CouncilPagesIT.text(matches).contains("points."), "every factor's points");
        HttpResponse<String> none = web.post("/council/requests/" + id + "/offers", Map.of("hours", "24"));
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("href=\"#service\""), "the summary links the first checkbox");
        HttpResponse<String> sent = web.postRaw("/council/requests/" + id + "/offers",
                Map.of("csrf", web.csrf(), "service", first, "hours", "24"));
        assertEquals(303, sent.statusCode());
        web.get("/council/requests/" + id + "/matches");
        assertEquals(303, web.post("/council/requests/" + id + "/offers", Map.of("service", second)).statusCode());
        List<String> offers = acceptAll(id);
        assertEquals(2, offers.size());

        int before = dementiaBeds(first);
        HttpResponse<String> accepted = web.get("/council/requests/" + id);
        assertTrue(CouncilPagesIT.text(accepted).contains("Accepted by First " + word + " at £1180.00"), "the answer in the timeline");
        String firstOffer = offers.get(get("/api/offers/" + offers.get(0), BROKER).json().getString("serviceId").equals(first) ? 0 : 1);
        String secondOffer = offers.get(offers.get(0).equals(firstOffer) ? 1 : 0);
        HttpResponse<String> awarded = web.post("/council/requests/" + id + "/award", Map.of("offer", firstOffer));
        assertEquals(303, awarded.statusCode());
        assertEquals(before - 1, dementiaBeds(first), "the bed is taken at once");
        HttpResponse<String> done = web.get("/council/requests/" + id + "?awarded=yes");
        assertTrue(CouncilPagesIT.text(done).contains("Awarded to First " + word), "the timeline ends with the award");
        HttpResponse<String> late = web.post("/council/requests/" + id + "/award", Map.of("offer", secondOffer));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("govuk-error-summary") && late.body().contains("The care could not be awarded"),
                "a clear message, not an error page");
        assertEquals(2, dementiaBeds(second), "nothing taken from the other home");

        String other = discharge("LCC-close-" + word);
        web.get("/council/requests/" + other);
        HttpResponse<String> noReason = web.post("/council/requests/" + other + "/close", Map.of("how", "cancel", "reason", ""));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("href=\"#reason\""));
        HttpResponse<String> wrong = web.post("/council/requests/" + other + "/close", Map.of("how", "cancel", "reason", "NO_VACANCY"));
        assertEquals(400, wrong.statusCode(), "no vacancy is a reason care could not be found, not a cancellation");
        HttpResponse<String> closed = web.post("/council/requests/" + other + "/close",
                Map.of("how", "unsourced", "reason", "NO_VACANCY", "note", "Nothing within 15 km"));
        assertEquals(303, closed.statusCode());
        assertEquals("UNSOURCED", get("/api/care-packages/" + other, BROKER).json().getString("status"));
        assertTrue(!web.get("/council/requests").body().contains("LCC-close-" + word), "closed requests leave the work list");

        assertEquals(403, CouncilPagesIT.signedIn("commissioner.leeds@caremarket.example").get("/council/requests").statusCode());
        assertEquals(403, CouncilPagesIT.signedIn("person@caremarket.example").get("/council/requests/" + id).statusCode());
        assertEquals(404, web.get("/council/requests/00000000-0000-0000-0000-000000000000").statusCode());
    }

    @Test
    @DisplayName("R14.68 a new request as question pages over HTTP: task list, each section's errors inline, check your "
            + "answers (incomplete sections named), what brokerage refuses shown there, then the request is made and the "
            + "draft is gone; the draft is the broker's alone")
    void newRequest() {
        WebClient web = CouncilPagesIT.signedIn("broker.leeds@caremarket.example");
        web.get("/council/requests");
        HttpResponse<String> started = web.post("/council/requests/new", Map.of());
        assertEquals(303, started.statusCode());
        String draft = started.headers().firstValue("Location").orElseThrow().replace(Api.BASE, "");
        HttpResponse<String> tasks = web.get(draft);
        assertEquals(200, tasks.statusCode());
        assertTrue(tasks.body().contains("govuk-task-list") && tasks.body().contains("Incomplete"));
        HttpResponse<String> early = web.post(draft + "/check", Map.of());
        assertEquals(400, early.statusCode());
        assertTrue(early.body().contains("href=\"#section-person\"") && early.body().contains("href=\"#section-urgency\""));
        assertEquals(400, web.post(draft + "/person", Map.of("postcode", "LS9")).statusCode(), "a full postcode");
        assertEquals(303, web.post(draft + "/person", Map.of("postcode", "ls9 7tf", "reference", "LCC-new-" + word)).statusCode());
        HttpResponse<String> noBed = web.post(draft + "/care", Map.of("kind", "CARE_HOME_RESIDENTIAL", "lineType", "NURSING_DEMENTIA"));
        assertEquals(400, noBed.statusCode());
        assertTrue(noBed.body().contains("Nursing beds are in care homes with nursing"));
        HttpResponse<String> noVisit = web.post(draft + "/care", Map.of("kind", "HOMECARE", "band-0", "MORNING"));
        assertEquals(400, noVisit.statusCode());
        assertTrue(noVisit.body().contains("href=\"#days-0\"") && noVisit.body().contains("href=\"#hours-0\""), "the visit's fields");
        assertEquals(303, web.postRaw(draft + "/care", Map.of("csrf", web.csrf(), "kind", "CARE_HOME_NURSING",
                "lineType", "NURSING_DEMENTIA", "specialism", "DEMENTIA")).statusCode());
        assertEquals(400, web.post(draft + "/funding", Map.of("funding", "BITCOIN", "priceCap", "-4")).statusCode());
        assertEquals(303, web.post(draft + "/funding", Map.of("funding", "COUNCIL_ARRANGED", "priceCap", "1250")).statusCode());
        HttpResponse<String> past = web.post(draft + "/urgency", Map.of("urgency", "HOSPITAL_DISCHARGE", "day", "1", "month", "1",
                "year", "2020"));
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("from today up to a year ahead"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(303, web.post(draft + "/urgency", Map.of("urgency", "HOSPITAL_DISCHARGE", "day", String.valueOf(today.getDayOfMonth()),
                "month", String.valueOf(today.getMonthValue()), "year", String.valueOf(today.getYear()))).statusCode());
        HttpResponse<String> check = web.get(draft + "/check");
        assertEquals(200, check.statusCode());
        assertTrue(CouncilPagesIT.text(check).contains("LS9 7TF") && CouncilPagesIT.text(check).contains("£1250"), "the answers");
        assertEquals(404, CouncilPagesIT.signedIn("admin@caremarket.example").get(draft).statusCode(), "the broker's own draft");
        HttpResponse<String> made = web.post(draft + "/check", Map.of());
        assertEquals(303, made.statusCode());
        String page = made.headers().firstValue("Location").orElseThrow().replace(Api.BASE, "");
        String id = page.substring("/council/requests/".length(), page.indexOf('?'));
        JsonObject p = get("/api/care-packages/" + id, BROKER).json();
        assertEquals("CARE_HOME_NURSING", p.getString("kind"));
        assertEquals("HOSPITAL_DISCHARGE", p.getString("urgency"));
        assertTrue(web.get(page).body().contains("The request is made"));
        assertEquals(404, web.get(draft).statusCode(), "the draft is gone");

        web.get("/council/requests");
        String other = web.post("/council/requests/new", Map.of()).headers().firstValue("Location").orElseThrow().replace(Api.BASE, "");
        web.post(other + "/person", Map.of("postcode", "ZZ9 9ZZ"));
        web.post(other + "/care", Map.of("kind", "SUPPORTED_LIVING"));
        web.post(other + "/funding", Map.of("funding", "COUNCIL_ARRANGED"));
        web.post(other + "/urgency", Map.of("urgency", "ROUTINE", "day", String.valueOf(today.getDayOfMonth()),
                "month", String.valueOf(today.getMonthValue()), "year", String.valueOf(today.getYear())));
        HttpResponse<String> refused = web.post(other + "/check", Map.of());
        assertEquals(400, refused.statusCode(), "a postcode brokerage cannot place");
        assertTrue(refused.body().contains("href=\"#section-person\""), refused.body());
        assertEquals(403, CouncilPagesIT.signedIn("commissioner.leeds@caremarket.example").post("/council/requests/new", Map.of())
                .statusCode());
    }

    @Test
    @DisplayName("R14.67 the broker's journey in the browser: a hospital discharge near LS9 7TF → matches (why this match) → "
            + "offer to two of the demo provider's homes → the provider accepts both on its offers page (signed in as the demo provider, "
            + "a second browser session) → award → the home's public page shows one "
            + "bed fewer; each page passes axe and reflows at 320 px, with and without JavaScript")
    void brokerJourney() {
        String first = ProviderOffersIT.demoHome("Journey first " + word, 3);
        String second = ProviderOffersIT.demoHome("Journey second " + word, 2);
        String reference = "LCC-J-" + word;
        try (Browser browser = Browser.withJavaScript(); Browser plain = Browser.withoutJavaScript();
             Browser provider = Browser.withoutJavaScript()) {
            for (Browser b : List.of(browser, plain)) {
                b.open("/sign-in");
                b.find("#email").sendKeys("broker.leeds@caremarket.example");
                b.find("#password").sendKeys("caremarket-demo");
                b.find("form button[type=submit]").click();
                assertTrue(b.titleStartingWith("Your account").startsWith("Your account"), b.title());
            }
            browser.open("/council");
            browser.find("a[href='/council/requests']").click();
            assertTrue(browser.titleStartingWith("Open requests").startsWith("Open requests"), browser.title());
            browser.check("broker-work-list");
            plain.open("/council/requests").check("broker-work-list");
            browser.find("form[action='/council/requests/new'] button").click();
            assertTrue(browser.titleStartingWith("New request").startsWith("New request for care"), browser.title());
            browser.check("broker-new-tasks");
            browser.find("a[href$='/person']").click();
            browser.find("button[type=submit]").click();
            assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: The person"), browser.title());
            browser.check("broker-new-person-errors");
            browser.find("#postcode").sendKeys("LS9 7TF");
            browser.find("#reference").sendKeys(reference, org.openqa.selenium.Keys.ENTER);
            browser.titleStartingWith("New request");
            browser.find("a[href$='/care']").click();
            browser.check("broker-new-care");
            new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByValue("CARE_HOME_NURSING");
            new org.openqa.selenium.support.ui.Select(browser.find("#lineType")).selectByValue("NURSING_DEMENTIA");
            browser.find("input[value='DEMENTIA']").click();
            browser.find("form button[type=submit]").click();
            browser.titleStartingWith("New request");
            browser.find("a[href$='/funding']").click();
            new org.openqa.selenium.support.ui.Select(browser.find("#funding")).selectByValue("COUNCIL_ARRANGED");
            browser.find("form button[type=submit]").click();
            browser.titleStartingWith("New request");
            browser.find("a[href$='/urgency']").click();
            new org.openqa.selenium.support.ui.Select(browser.find("#urgency")).selectByValue("HOSPITAL_DISCHARGE");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            browser.find("#day").sendKeys(String.valueOf(today.getDayOfMonth()));
            browser.find("#month").sendKeys(String.valueOf(today.getMonthValue()));
            browser.find("#year").sendKeys(String.valueOf(today.getYear()));
            browser.check("broker-new-urgency");
            browser.find("form button[type=submit]").click();
            assertTrue(browser.titleStartingWith("New request").startsWith("New request"), browser.title());
            assertEquals(4, browser.all(".govuk-task-list__status").stream().filter(e -> e.getText().equals("Completed")).count(),
                    "four sections complete");
            browser.find("a[href$='/check']").click();
            assertTrue(browser.titleStartingWith("Check your answers").startsWith("Check your answers"), browser.title());
            browser.check("broker-new-check");
            browser.find("form button[type=submit]").click();
            assertTrue(browser.titleStartingWith("Request ").startsWith("Request " + reference), browser.title());
            String id = browser.driver.getCurrentUrl().replaceAll(".*/council/requests/([0-9a-f-]{36}).*", "$1");
            browser.check("broker-request");
            browser.find("a[href$='/matches']").click();
            assertTrue(browser.titleStartingWith("Matches").startsWith("Matches"), browser.title());
            browser.find("button[type=submit]").click();
            assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: Matches"), browser.title());
            browser.check("broker-matches-errors");
            browser.find("input[value='" + first + "']").click();
            browser.find("input[value='" + second + "']").click();
            var why = browser.find("input[value='" + first + "']").findElement(org.openqa.selenium.By.xpath(".."))
                    .findElement(org.openqa.selenium.By.cssSelector("details summary"));
            why.click();
            assertTrue(browser.find("details[open] .govuk-details__text").getText().contains("points."), "why this match");
            browser.check("broker-matches");
            browser.find("button[type=submit]").click();
            assertTrue(browser.titleStartingWith("Request ").startsWith("Request " + reference), browser.title());
            assertTrue(browser.find(".govuk-notification-banner").getText().contains("The offers are sent"));

            ProviderOffersBrowserIT.signIn(provider);
            var sent = get("/api/care-packages/" + id, BROKER).json().getJsonArray("offers").getValuesAs(JsonObject.class);
            assertEquals(2, sent.size());
            for (JsonObject o : sent) {
                provider.open("/provider/offers");
                provider.find("a[href='/provider/offers/" + o.getString("id") + "']").click();
                provider.titleStartingWith("Offer:");
                provider.find("#price").sendKeys("1180.00");
                provider.find("form[action='/provider/offers/" + o.getString("id") + "/accept'] button[type=submit]").click();
                assertTrue(provider.waitForText("You have accepted the offer"), provider.title());
            }
            provider.check("provider-offers-journey-accepted");
            int before = dementiaBeds(first);
            plain.open("/find-care/services/" + first);
            assertTrue(plain.find("main").getText().contains(before + " beds"), "the public page before: " + before);
            plain.open("/council/requests/" + id);
            plain.check("broker-request-accepted");
            plain.driver.findElement(org.openqa.selenium.By.xpath("//tr[contains(., 'Journey first " + word
                    + "')]//form[contains(@action, '/award')]//button")).click();
            plain.titleStartingWith("Request ");
            List<org.openqa.selenium.WebElement> banner = plain.all(".govuk-notification-banner");
            assertTrue(!banner.isEmpty() && banner.get(0).getText().contains("The care is awarded"), "awarded");
            plain.check("broker-request-awarded");
            assertEquals(before - 1, dementiaBeds(first));
            plain.open("/find-care/services/" + first);
            assertTrue(plain.find("main").getText().contains((before - 1) + " bed"), "the public page shows one fewer");
            browser.open("/council/requests/" + id);
            browser.check("broker-request-awarded");
        }
    }
}
