package org.caremarket.web;

import static org.caremarket.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.caremarket.RawHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages over plain HTTP: statuses, headers, assets, errors and what a page says. The browser checks are in PagesBrowserIT. */
class WebPagesIT {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/find-care", "/accessibility", "/privacy", "/cookies", "/attributions"})
    @DisplayName("R14.1 every page has the layout: service name, no crown, phase banner, skip link, the footer's four pages")
    void layout(String path) {
        Api.Reply page = get(path);
        assertEquals(200, page.status(), page::body);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        String html = page.body();
        assertTrue(html.contains("<html lang=\"en\""), "language");
        assertTrue(html.contains("class=\"cm-header__name\">CareMarket</span>"), "service name");
        assertFalse(html.contains("govuk-header__logotype"), "no GOV.UK crown or logotype");
        assertTrue(html.contains("govuk-phase-banner"), "phase banner");
        assertTrue(html.contains("<a href=\"#main-content\" class=\"govuk-skip-link\""), "skip link");
        assertTrue(html.contains("id=\"main-content\""), "skip link target");
        for (String footer : List.of("/accessibility", "/privacy", "/cookies", "/attributions")) {
            assertTrue(html.contains("href=\"" + footer + "\""), "footer links " + footer);
        }
    }

    @Test
    @DisplayName("R14.2 GOV.UK Frontend's files come from the webjar at /assets, with an ETag; the CSS's fonts are there too")
    void assets() {
        Api.Reply css = get("/assets/govuk-frontend.min.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertTrue(css.body().contains("govuk-header"), "GOV.UK Frontend's CSS");
        assertFalse(css.body().contains("GDS Transport"), "Arial, not GDS Transport (for GOV.UK only)");
        assertTrue(css.body().contains("font-family:arial,sans-serif"), "Arial");
        Matcher urls = Pattern.compile("url\\((/assets/[^)]+)\\)").matcher(css.body());
        while (urls.find()) {
            assertEquals(200, get(urls.group(1)).status(), "what the CSS asks for is there: " + urls.group(1));
        }
        assertEquals(200, get("/assets/images/favicon.svg").status(), "GOV.UK Frontend's assets folder");
        assertEquals(200, get("/assets/fonts/bold-b542beb274-v2.woff2").status(), "even the fonts no page asks for");
        String etag = css.etag();
        Api.Reply again = Api.send(HttpRequest.newBuilder(Api.uri("/assets/govuk-frontend.min.css")).header("If-None-Match", etag));
        assertEquals(304, again.status());
        Api.Reply js = get("/assets/govuk-frontend.min.js");
        assertEquals(200, js.status());
        assertTrue(js.contentType().startsWith("text/javascript"), js.contentType());
        assertTrue(get("/assets/caremarket.css").body().contains(".cm-header__name"), "CareMarket's own CSS");
        assertTrue(get("/assets/caremarket.js").body().contains("initAll"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/", "/assets/nothing.css", "/assets/govuk/all.scss", "/assets/fonts/x.exe",
            "/assets/..%2Fweb.xml", "/assets/%2e%2e/WEB-INF/web.xml", "/assets/components/header/template.njk",
            "/assets/govuk-frontend.min.css.map"})
    @DisplayName("R14.2 a name outside the served files is a 404 page (or the 400 for an encoded dot or slash), never a file")
    void assetsRefused(String path) {
        Api.Reply refused = get(path);
        assertTrue(refused.status() == 404 || refused.status() == 400, path + " " + refused.status());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertFalse(refused.body().contains("<web-app"), "no file leaked");
    }

    @Test
    @DisplayName("R14.3 the CSP allows the one inline script by its hash, never unsafe-inline; no framing, no sniffing, a referrer policy")
    void securityHeaders() throws Exception {
        Api.Reply page = get("/find-care");
        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertTrue(inline.find(), "the body-class snippet");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(csp.contains("'sha256-" + hash + "'"), "the snippet's own hash is allowed: " + csp);
        assertFalse(inline.find(), "only one inline script");
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", page.header("Referrer-Policy").orElse(null));
        for (String path : List.of("/", "/nothing-here", "/assets/govuk-frontend.min.css", "/api/councils")) {
            assertTrue(get(path).header("Content-Security-Policy").isPresent(), path);
        }
    }

    @Test
    @DisplayName("R14.4 a page that does not exist is a 404 in the layout; under /api it stays problem+json")
    void notFound() {
        Api.Reply page = get("/no-such-page");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("<title>Page not found – CareMarket</title>"), page.body());
        assertTrue(page.body().contains("govuk-footer"), "in the layout");
        get("/api/no-such-thing").problem(404);
        Api.Reply service = get("/find-care/services/" + java.util.UUID.randomUUID());
        assertEquals(404, service.status());
        assertTrue(service.body().contains("Page not found"));
        assertEquals(404, get("/find-care/services/a%20b").status());
    }

    @Test
    @DisplayName("R14.4 the web container's refusal of an encoded slash is the product's page in the layout; under /api problem+json")
    void containerRefusals() {
        RawHttp.Answer page = RawHttp.send("GET /find-care%2F..%2Fx HTTP/1.1\r\nHost: localhost\r\n", null);
        assertEquals(400, page.status(), page.body());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("govuk-footer"), "in the layout: " + page.body());
        assertTrue(page.header("Content-Security-Policy") != null, "with the security headers");
        RawHttp.Answer api = RawHttp.send("GET /api/services%2Fx HTTP/1.1\r\nHost: localhost\r\n", null);
        assertEquals(400, api.status(), api.body());
        assertTrue(api.header("Content-Type").startsWith("application/problem+json"), api.header("Content-Type"));
    }

    @Test
    @DisplayName("R14.5 a search near a postcode lists this test's service with its distance, rating, vacancy and the report's age")
    void search() {
        String name = "Web Search Home " + Api.unique();
        String id = homeInYork(name);
        Api.Reply report = Api.put("/api/services/" + id + "/vacancies", Json.createObjectBuilder().add("beds",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "NURSING").add("available", 3)
                        .add("held", 0).add("closed", 0))).build().toString(), "\"0\"");
        assertEquals(200, report.status(), report::body);

        Api.Reply page = get("/find-care?where=" + Api.q("YO1 7HH") + "&distance=1&kind=CARE_HOME_NURSING&vacancy=yes");
        assertEquals(200, page.status(), page::body);
        String html = page.body();
        assertTrue(html.contains("<title>Care services near YO1 7HH – CareMarket</title>"), "title names the place");
        assertTrue(html.contains("within 1 km of YO1 7HH"), "the results' heading");
        int at = html.indexOf(name);
        assertTrue(at > 0, "this test's service is found");
        String card = html.substring(at, html.indexOf("</li>", at));
        assertTrue(card.contains("0.0 km"), card);
        assertTrue(card.contains("Good"), card);
        assertTrue(card.contains("3 beds free now"), card);
        assertTrue(card.contains("Reported today"), card);
        assertTrue(html.contains("href=\"/find-care/services/" + id + "\""), "links to its page");
        assertTrue(html.contains("value=\"YO1 7HH\""), "the place is kept in the form");
        assertTrue(html.contains("<option value=\"1\" selected>"), "the distance is kept");
        assertTrue(html.contains("value=\"yes\" checked"), "the vacancy box stays ticked");

        Api.Reply rated = get("/find-care?where=" + Api.q("YO1 7HH") + "&distance=1&rating=OUTSTANDING");
        assertFalse(rated.body().contains(name), "a Good service is not Outstanding or better");
        Api.Reply specialist = get("/find-care?where=" + Api.q("YO1 7HH") + "&distance=1&specialism=DEMENTIA&specialism=OLDER_PEOPLE");
        assertTrue(specialist.body().contains(name), "it has both specialisms");
        Api.Reply other = get("/find-care?where=" + Api.q("YO1 7HH") + "&distance=1&specialism=AUTISM");
        assertFalse(other.body().contains(name), "it lacks autism");
    }

    @Test
    @DisplayName("R14.5 a town or city by name; results ten a page with GOV.UK pagination that keeps the search")
    void townAndPagination() {
        Api.Reply page = get("/find-care?where=leeds&distance=25");
        assertEquals(200, page.status(), page::body);
        assertTrue(page.body().contains("within 25 km of Leeds"), "the council's name");
        assertEquals(10, count(page.body(), "class=\"cm-result\""), "ten a page");
        assertTrue(page.body().contains("class=\"govuk-pagination\""), "pagination");
        assertTrue(page.body().contains("href=\"/find-care?where=leeds&amp;distance=25&amp;page=2\" rel=\"next\""), page.body());
        Api.Reply second = get("/find-care?where=leeds&distance=25&page=2");
        assertEquals(200, second.status());
        assertTrue(second.body().contains("aria-label=\"Page 2\" aria-current=\"page\""), "page 2 is current");
        assertTrue(second.body().contains("rel=\"prev\""), "a previous link");
        Api.Reply far = get("/find-care?where=leeds&distance=25&page=9999");
        assertEquals(200, far.status());
        assertTrue(far.body().contains("There are no results on this page"), "past the end");
        for (String bad : List.of("0", "-1", "x", "1.5", "100000", "1&page=2")) {
            assertEquals(404, get("/find-care?where=leeds&page=" + bad).status(), bad);
        }
    }

    @Test
    @DisplayName("R14.6 a form with errors: 400, error summary linking each field, 'Error: ' title, messages on the fields, values kept and escaped")
    void errors() {
        Api.Reply empty = get("/find-care?where=");
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("<title>Error: Find care – CareMarket</title>"), "Error: in the title");
        assertTrue(empty.body().contains("govuk-error-summary"), "summary");
        assertTrue(empty.body().contains("<a href=\"#where\">Enter a postcode or the name of a town or city</a>"), empty.body());
        assertTrue(empty.body().contains("id=\"where-error\""), "inline message");

        String sent = "<script>alert(1)</script>";
        Api.Reply bad = get("/find-care?where=" + Api.q(sent) + "&kind=CASTLE&distance=7&rating=GREAT&specialism=JUGGLING&vacancy=maybe");
        assertEquals(400, bad.status());
        String html = bad.body();
        assertFalse(html.contains(sent), "what was sent is escaped");
        assertTrue(html.contains("value=\"&lt;script>alert(1)&lt;/script>\""), "and kept, escaped for an attribute");
        for (String field : List.of("where", "kind", "distance", "rating", "specialism", "vacancy")) {
            assertTrue(html.contains("<a href=\"#" + field + "\">"), "summary links " + field);
            assertTrue(html.contains("id=\"" + field + "-error\""), "message on " + field);
            assertTrue(html.contains("id=\"" + field + "\""), "the field the link goes to: " + field);
        }
        Api.Reply unknown = get("/find-care?where=" + Api.q("ZZ99 9ZZ"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("We cannot find that postcode"), unknown.body());
        assertTrue(unknown.body().contains("value=\"ZZ99 9ZZ\""), "kept");
        Api.Reply twice = get("/find-care?where=LS1&where=LS2");
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("Enter one postcode or town"));
        Api.Reply county = get("/find-care?where=Leicestershire");
        assertEquals(400, county.status(), "a county is not a town");
    }

    @Test
    @DisplayName("R14.7 a service's page: ratings and key questions, CQC link, capacity, specialisms, vacancies, contact")
    void servicePage() {
        String name = "Web Service Page " + Api.unique();
        String id = homeInYork(name);
        Api.Reply page = get("/find-care/services/" + id);
        assertEquals(200, page.status(), page::body);
        String html = page.body();
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">" + name + "</h1>"), html);
        assertTrue(html.contains("Care home with nursing"), "kind");
        assertTrue(html.contains("Not reported yet"), "no vacancy report yet");
        assertTrue(html.contains("40 beds"), "capacity");
        assertTrue(html.contains("Safe?") && html.contains("Well-led?"), "the five key questions");
        assertTrue(html.contains("Requires improvement"), "well-led's rating");
        assertTrue(html.contains("1 May 2024"), "the report's date");
        assertTrue(html.contains("https://www.cqc.org.uk/location/1-9"), "a link to CQC's page");
        assertTrue(html.contains("Dementia") && html.contains("Older people"), "specialisms");
        assertTrue(html.contains("01632 960000"), "phone");
    }

    @Test
    @DisplayName("R14.19 the employer cost calculator gives the API's figures, line by line, and what a budget buys; bad figures are errors on their fields")
    void employerCosts() {
        JsonObject api = get("/api/assistants/cost?hourlyPay=13&hoursPerWeek=20&budgetHourlyRate=14.50").json();
        Api.Reply page = get("/employer-costs?hourlyPay=13&hoursPerWeek=20&budgetRate=14.50");
        assertEquals(200, page.status(), page::body);
        String total = String.format(java.util.Locale.UK, "£%,.2f", api.getJsonObject("weekly").getJsonNumber("total").bigDecimalValue());
        assertTrue(page.body().contains(total + " a week"), "the API's weekly total " + total);
        String hours = api.getJsonObject("budget").getJsonNumber("hoursItBuys").bigDecimalValue().stripTrailingZeros().toPlainString();
        assertTrue(page.body().contains("buys <strong>" + hours + " hours a week</strong>"), "the hours the budget buys: " + hours);
        assertTrue(page.body().contains("value=\"14.50\""), "the values are kept");
        Api.Reply bad = get("/employer-costs?hourlyPay=abc&hoursPerWeek=12.3&budgetRate=0");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("<a href=\"#hourlyPay\">"), bad.body());
        assertTrue(bad.body().contains("<a href=\"#hoursPerWeek\">"), bad.body());
        Api.Reply zero = get("/employer-costs?hourlyPay=13&hoursPerWeek=20&budgetRate=0");
        assertEquals(400, zero.status());
        assertTrue(zero.body().contains("<a href=\"#budgetRate\">Must be more than 0</a>"), "the assistant capability's own check: " + zero.body());
        assertEquals(200, get("/employer-costs").status(), "the empty form");
    }

    @Test
    @DisplayName("R14.20 a page with everything it loads is under 100 KB transferred (gzip, which the server gives to a browser that asks)")
    void pageWeight() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        long total = 0;
        StringBuilder figures = new StringBuilder();
        for (String path : List.of("/find-care?where=LS1+4AP&distance=5", "/assets/govuk-frontend.min.css",
                "/assets/caremarket.css", "/assets/caremarket.js", "/assets/govuk-frontend.min.js")) {
            var reply = client.send(HttpRequest.newBuilder(Api.uri(path)).header("Accept-Encoding", "gzip").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, reply.statusCode(), path);
            long bytes = reply.body().length;
            if (bytes > 2048) {
                assertEquals("gzip", reply.headers().firstValue("Content-Encoding").orElse(""), path + " is compressed");
            }
            total += bytes;
            figures.append(path).append(' ').append(bytes).append(" B; ");
        }
        System.out.println("page weight: Find care results for LS1 4AP with its CSS and JavaScript, gzip: " + total + " B (" + figures + ")");
        assertTrue(total < 100 * 1024, "under 100 KB: " + figures);
    }

    private static String homeInYork(String name) {
        String provider = Api.newProvider("Web Provider " + Api.unique());
        var service = Api.service(provider, name)
                .add("address", Json.createObjectBuilder().add("line1", "1 Minster Yard").add("town", "York")
                        .add("postcode", "YO1 7HH"))
                .add("councilCode", "E06000014")
                .add("contact", Json.createObjectBuilder().add("phone", "01632 960000"));
        return Api.created(Api.post("/api/services", service.build().toString())).getString("id");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
