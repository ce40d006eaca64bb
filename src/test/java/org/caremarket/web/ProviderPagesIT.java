package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Providers' pages over HTTP, signed in as the demo accounts: the demo provider reads its services' report ages; the
 * demo administrator (who may act for any provider, as its key may) updates a care home this test registers.
 */
class ProviderPagesIT {

    static WebClient signedIn(String email) {
        WebClient web = new WebClient();
        web.get("/sign-in");
        HttpResponse<String> in = web.post("/sign-in", Map.of("email", email, "password", "caremarket-demo"));
        assertEquals(303, in.statusCode(), in::body);
        return web;
    }

    static String careHome(int beds) {
        String provider = Api.newProvider("Web Vacancy Provider " + Api.unique());
        return Api.created(Api.post("/api/services", Api.service(provider, "Web Vacancy Home " + Api.unique())
                .add("capacity", beds).build().toString())).getString("id");
    }

    private static Map<String, String> beds(String version, String... typeAvailableHeldClosed) {
        Map<String, String> form = new HashMap<>();
        form.put("version", version);
        form.put("accepting", "yes");
        for (int i = 0; i < typeAvailableHeldClosed.length; i += 4) {
            String at = "bed-" + typeAvailableHeldClosed[i] + "-";
            form.put(at + "available", typeAvailableHeldClosed[i + 1]);
            form.put(at + "held", typeAvailableHeldClosed[i + 2]);
            form.put(at + "closed", typeAvailableHeldClosed[i + 3]);
        }
        return form;
    }

    private static String version(String page) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(m.find(), "the form carries the version it shows");
        return m.group(1);
    }

    @Test
    @DisplayName("R14.16 a provider's services with each report's age and report-by date, those out of date first")
    void services() {
        WebClient web = signedIn("provider@caremarket.example");
        HttpResponse<String> page = web.get("/provider");
        assertEquals(200, page.statusCode(), page::body);
        String html = page.body();
        assertTrue(html.contains("Elm Court (demo)"), "the demo provider's care home");
        List<Boolean> stale = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td.*?</tr>", Pattern.DOTALL).matcher(html);
        while (rows.find()) {
            stale.add(rows.group().contains("Out of date"));
        }
        assertTrue(stale.size() >= 2, "its services: " + stale.size());
        assertEquals(stale.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), stale, "out of date ones first");
        assertEquals(303, new WebClient().get("/provider").statusCode(), "signed out: to sign in");
        assertEquals(403, signedIn("person@caremarket.example").get("/provider").statusCode(), "a PERSON has no services");
    }

    @Test
    @DisplayName("R14.17 a care home's beds by type through the form: saved as the API would, read back by the API")
    void updateBeds() {
        String id = careHome(20);
        WebClient web = signedIn("admin@caremarket.example");
        HttpResponse<String> form = web.get("/provider/services/" + id + "/vacancies");
        assertEquals(200, form.statusCode(), form::body);
        assertEquals("0", version(form.body()));
        HttpResponse<String> saved = web.post("/provider/services/" + id + "/vacancies",
                beds("0", "NURSING", "2", "1", "0", "NURSING_DEMENTIA", "1", "", ""));
        assertEquals(303, saved.statusCode(), saved::body);
        assertEquals("/provider/services/" + id + "/vacancies?saved=yes", saved.headers().firstValue("Location").orElse(null));
        assertTrue(web.get("/provider/services/" + id + "/vacancies?saved=yes").body().contains("The vacancy report has been saved"));
        JsonObject report = Api.get("/api/services/" + id + "/vacancies").json();
        assertEquals(3, report.getJsonObject("totals").getInt("available"), report.toString());
        assertEquals(1, report.getInt("version"));
        HttpResponse<String> again = web.get("/provider/services/" + id + "/vacancies");
        assertEquals("1", version(again.body()));
        assertTrue(again.body().contains("name=\"bed-NURSING-available\" type=\"text\" inputmode=\"numeric\" value=\"2\""),
                "the form shows the saved report");
    }

    @Test
    @DisplayName("R14.17 the form refuses what the API refuses: not a number, more beds than registered, no reason for not accepting")
    void refusals() {
        String id = careHome(5);
        WebClient web = signedIn("admin@caremarket.example");
        web.get("/provider/services/" + id + "/vacancies");
        HttpResponse<String> notNumber = web.post("/provider/services/" + id + "/vacancies", beds("0", "NURSING", "two", "", ""));
        assertEquals(400, notNumber.statusCode());
        assertTrue(notNumber.body().contains("<a href=\"#bed-NURSING-available\">Enter nursing beds free now as a whole number from 0 to 2,000</a>"),
                notNumber.body());
        assertTrue(notNumber.body().contains("value=\"two\""), "the value is kept");
        HttpResponse<String> tooMany = web.post("/provider/services/" + id + "/vacancies", beds("0", "NURSING", "4", "2", "0"));
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("6 beds reported (available + held + closed) but the service is registered for 5"),
                tooMany.body());
        Map<String, String> closed = beds("0", "NURSING", "0", "0", "0");
        closed.put("accepting", "no");
        HttpResponse<String> noReason = web.post("/provider/services/" + id + "/vacancies", closed);
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("Say why the service is not taking people on"));
        assertEquals(0, Api.get("/api/services/" + id + "/vacancies").json().getInt("version"), "nothing was saved");
    }

    @Test
    @DisplayName("R14.18 If-Match protection: a report sent from an out-of-date form is refused, and the page shows the newer one")
    void changedMeanwhile() {
        String id = careHome(20);
        WebClient web = signedIn("admin@caremarket.example");
        web.get("/provider/services/" + id + "/vacancies");
        assertEquals(303, web.post("/provider/services/" + id + "/vacancies", beds("0", "NURSING", "5", "0", "0")).statusCode());
        HttpResponse<String> stale = web.post("/provider/services/" + id + "/vacancies", beds("0", "NURSING", "1", "0", "0"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("Someone else sent a newer report"), stale.body());
        assertTrue(stale.body().contains("value=\"5\""), "the newer report is shown");
        assertEquals("1", version(stale.body()), "with its version");
        assertEquals(5, Api.get("/api/services/" + id + "/vacancies").json().getJsonObject("totals").getInt("available"),
                "the newer report stands");
    }

    @Test
    @DisplayName("R14.18 one provider's staff cannot open or change another provider's service; an unknown service is a 404")
    void otherProviders() {
        String id = careHome(10);
        WebClient web = signedIn("provider@caremarket.example");
        assertEquals(403, web.get("/provider/services/" + id + "/vacancies").statusCode());
        web.get("/provider");
        assertEquals(403, web.post("/provider/services/" + id + "/vacancies", beds("0", "NURSING", "1", "0", "0")).statusCode());
        assertEquals(404, web.get("/provider/services/" + java.util.UUID.randomUUID() + "/vacancies").statusCode());
        assertFalse(Api.get("/api/services/" + id + "/vacancies").json().getInt("version") > 0, "nothing was saved");
    }
}
