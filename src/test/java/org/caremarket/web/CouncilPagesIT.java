package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The council's pages over HTTP, signed in as the demo accounts: who may open what, the dashboard and its filters,
 * definitions and CSV, the chase list, sourcing and PA figures, and a Market Position Statement from draft to its
 * public page, with every kind of form error and a stale version.
 */
class CouncilPagesIT {

    static final String LEEDS = "E08000035";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static WebClient signedIn(String email) {
        WebClient web = new WebClient();
        web.get("/sign-in");
        HttpResponse<String> in = web.post("/sign-in", Map.of("email", email, "password", "caremarket-demo"));
        assertEquals(303, in.statusCode(), "signed in as " + email);
        return web;
    }

    static String text(HttpResponse<String> page) {
        return page.body().replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("R14.60 the council's pages: not signed in goes to sign in; a person or provider is refused (403 in the layout); "
            + "a broker has the hub but not the market; a commissioner reads its own council whatever it asks; an ADMIN chooses one")
    void whoMayOpen() {
        WebClient anonymous = new WebClient();
        for (String path : new String[] {"/council", "/council/market", "/council/chase", "/council/statements"}) {
            HttpResponse<String> page = anonymous.get(path);
            assertEquals(303, page.statusCode(), path);
            assertEquals("/sign-in", page.headers().firstValue("Location").orElse(""), path);
        }
        WebClient person = signedIn("person@caremarket.example");
        HttpResponse<String> refused = person.get("/council/market");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("You cannot see this page"), "the product's page, in the layout");
        assertEquals(403, signedIn("provider@caremarket.example").get("/council/statements").statusCode());

        WebClient broker = signedIn("broker.leeds@caremarket.example");
        assertEquals(200, broker.get("/council").statusCode());
        assertEquals(403, broker.get("/council/market").statusCode());
        assertEquals(403, broker.get("/council/statements").statusCode());

        WebClient commissioner = signedIn("commissioner.leeds@caremarket.example");
        HttpResponse<String> hub = commissioner.get("/council");
        assertEquals(200, hub.statusCode());
        assertTrue(hub.body().contains("href=\"/council/market\""), "the hub links the dashboard");
        HttpResponse<String> other = commissioner.get("/council/market?council=E06000016");
        assertTrue(text(other).contains("Leeds Market dashboard"), "a commissioner always reads its own council");

        WebClient admin = signedIn("admin@caremarket.example");
        assertEquals(303, admin.get("/council/market").statusCode(), "an ADMIN chooses the council first");
        HttpResponse<String> bad = admin.get("/council?council=nonsense");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("govuk-error-summary"), "the error summary");
        assertEquals(404, admin.get("/council?council=E07000117").statusCode(), "a district has no social care duties");
        HttpResponse<String> leicester = admin.get("/council/market?council=E06000016");
        assertEquals(200, leicester.statusCode());
        assertTrue(text(leicester).contains("Leicester Market dashboard"), text(leicester).substring(0, 400));
    }

    @Test
    @DisplayName("R14.61 the market dashboard: tiles with value, RAG in words, England comparator and date, each linked to its "
            + "definition; filters by kind, locality and period; bad filters are 400 with the error summary; charts have a "
            + "table first, an accessible SVG and a CSV")
    void dashboard() {
        WebClient web = signedIn("commissioner.leeds@caremarket.example");
        HttpResponse<String> page = web.get("/council/market");
        assertEquals(200, page.statusCode());
        String body = page.body();
        String words = text(page);
        assertTrue(words.contains("Occupancy"), "the occupancy tile");
        assertTrue(words.contains("England:"), "comparators");
        assertTrue(words.matches(".*(Green|Amber|Red) .*"), "RAG in words");
        assertTrue(words.contains("Data as of"), "the date of the data");
        assertTrue(body.contains("href=\"/council/market/definitions?period=12#ind-CH4\""), "the tile links its definition");
        HttpResponse<String> definitions = web.get("/council/market/definitions?period=12");
        assertEquals(200, definitions.statusCode());
        assertTrue(definitions.body().contains("id=\"ind-CH4\""), "the definition the tile links to");
        assertTrue(text(definitions).contains("Numerator"), "what was divided");

        int table = body.indexOf("<table", body.indexOf("Trends"));
        int svg = body.indexOf("<svg", body.indexOf("Trends"));
        assertTrue(table > 0 && svg > table, "the table comes before the chart");
        assertTrue(body.contains("role=\"img\"") && body.contains("<title id=\"chart-occupancy-title\">"), "an accessible SVG");
        assertTrue(body.contains("href=\"/council/market/charts/occupancy.csv?period=12\""), "its CSV");
        HttpResponse<String> csv = web.get("/council/market/charts/occupancy.csv?period=12");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("month,"), csv.body());
        assertEquals(13, csv.body().split("\r\n").length, "a header and twelve months");
        assertEquals(4, web.get("/council/market/charts/occupancy.csv?period=3").body().split("\r\n").length, "three months");
        assertEquals(404, web.get("/council/market/charts/nothing.csv").statusCode());

        HttpResponse<String> nursing = web.get("/council/market?kind=CARE_HOME_NURSING&locality=LS9&period=6");
        assertEquals(200, nursing.statusCode());
        assertTrue(text(nursing).contains("Care home with nursing in LS9"), "the cut is named");

        HttpResponse<String> bad = web.get("/council/market?kind=CASTLE&period=7");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<title>Error: Market dashboard"), "Error: in the title");
        assertTrue(bad.body().contains("href=\"#kind\"") && bad.body().contains("href=\"#period\""), "the summary links each field");
        assertTrue(bad.body().contains("id=\"kind-error\""), "the message on the field");
        HttpResponse<String> unknown = web.get("/council/market?locality=Atlantis");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("href=\"#locality\""));
    }

    @Test
    @DisplayName("R14.62 the chase list: stale or missing vacancy reports oldest first with contact details and the last report's "
            + "date; CQC alerts with what they affect; sourcing figures over a period; the PA market by district and skill")
    void chaseSourcingAssistants() {
        WebClient web = signedIn("commissioner.leeds@caremarket.example");
        HttpResponse<String> chase = web.get("/council/chase");
        assertEquals(200, chase.statusCode());
        String words = text(chase);
        assertTrue(words.contains("Services to chase"), "the demo market has stale services: " + words.substring(0, 600));
        assertTrue(words.contains("days ago") || words.contains("Never reported"), "the age of the last report");
        assertTrue(words.contains("CQC alerts in the last 90 days"));
        assertTrue(chase.body().contains("href=\"/find-care/services/"), "each service links its page");

        HttpResponse<String> sourcing = web.get("/council/sourcing?days=365");
        assertEquals(200, sourcing.statusCode());
        assertTrue(text(sourcing).contains("Time to source, median"), "the median");
        assertTrue(text(sourcing).contains("Hospital discharges sourced within 48 hours"));
        assertTrue(text(sourcing).contains("Offers declined, by reason"));
        HttpResponse<String> badDays = web.get("/council/sourcing?days=12");
        assertEquals(400, badDays.statusCode());
        assertTrue(badDays.body().contains("href=\"#days\""));

        HttpResponse<String> pas = web.get("/council/assistants");
        assertEquals(200, pas.statusCode());
        assertTrue(text(pas).contains("By postcode district") && text(pas).contains("Introductions asked for"));
    }

    @Test
    @DisplayName("R14.63 a Market Position Statement: start a draft, write its narrative (errors inline, a stale version is 409 "
            + "with the latest shown), rate a market over the rule with a reason and date, preview, publish; the public page "
            + "lists the dated edition without sign-in, with its CSVs; a draft is not public")
    void statement() {
        WebClient web = signedIn("commissioner.leeds@caremarket.example");
        web.get("/council/statements");
        HttpResponse<String> noTitle = web.post("/council/statements", Map.of("title", " "));
        assertEquals(400, noTitle.statusCode());
        assertTrue(noTitle.body().contains("Enter a title for the statement"));
        String title = "Leeds’ statement for Zoë — £ " + Api.unique(); // a form's UTF-8 answer is kept as written
        HttpResponse<String> started = web.post("/council/statements", Map.of("title", title));
        assertEquals(303, started.statusCode());
        String draft = started.headers().firstValue("Location").orElseThrow().replace(Api.BASE, "");
        String id = draft.substring("/council/statements/".length());
        assertEquals(404, new WebClient().get("/market-position/editions/" + id + "/").statusCode(), "a draft is not public");

        HttpResponse<String> edit = web.get(draft);
        assertEquals(200, edit.statusCode());
        String version = version(edit);
        Map<String, String> form = new HashMap<>(Map.of("version", version, "title", title,
                "strategicContext", "Leeds needs more nursing care for people living with dementia.",
                "market-0", "CARE_HOME_NURSING", "direction-0", "MORE_OF", "text-0", "Dementia nursing beds in east Leeds",
                "market-1", "", "direction-1", "LESS_OF", "text-1", "", "howToEngage", "Write to the commissioning team."));
        HttpResponse<String> half = web.post(draft, form);
        assertEquals(400, half.statusCode(), "an intention with only a direction");
        assertTrue(half.body().contains("href=\"#market-1\"") && half.body().contains("href=\"#text-1\""), half.body());
        assertTrue(half.body().contains("Leeds needs more nursing care"), "what was typed is kept");
        form.put("direction-1", "");
        HttpResponse<String> saved = web.post(draft, form);
        assertEquals(303, saved.statusCode());
        HttpResponse<String> again = web.get(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(again.body().contains("The draft is saved."));
        assertTrue(again.body().contains("Dementia nursing beds in east Leeds"));
        HttpResponse<String> stale = web.post(draft, form);
        assertEquals(409, stale.statusCode(), "the form's version is no longer current");
        assertTrue(stale.body().contains("Someone else saved this draft"));

        web.get("/council/statements/grid");
        HttpResponse<String> noReason = web.post("/council/statements/grid/CARE_HOME_NURSING/MARKET_SUPPLY",
                Map.of("rating", "Insufficient", "reason", "", "day", "31", "month", "2", "year", "2026"));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("href=\"#reason\"") && noReason.body().contains("href=\"#day\""), "reason and date");
        assertEquals(400, web.post("/council/statements/grid/CARE_HOME_NURSING/MARKET_SUPPLY",
                Map.of("rating", "Splendid", "reason", "x", "day", "1", "month", "2", "year", "2026")).statusCode());
        assertEquals(404, web.post("/council/statements/grid/CASTLE/MARKET_SUPPLY", Map.of()).statusCode());
        HttpResponse<String> rated = web.post("/council/statements/grid/CARE_HOME_NURSING/MARKET_SUPPLY",
                Map.of("rating", "Insufficient", "reason", "Hospital discharges wait for nursing beds in the east", "day", "1",
                        "month", "11", "year", "2026"));
        assertEquals(303, rated.statusCode());
        String grid = text(web.get("/council/statements/grid"));
        assertTrue(grid.contains("Hospital discharges wait for nursing beds in the east"), "the reason is shown");

        HttpResponse<String> preview = web.get(draft + "/preview");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("This is a preview of a draft"));
        assertTrue(preview.body().contains("Dementia nursing beds in east Leeds"), "the narrative is in the statement");
        assertTrue(!preview.body().contains("<style>"), "no inline style: the page's CSP allows none");

        HttpResponse<String> confirm = web.get(draft + "/publish");
        HttpResponse<String> published = web.post(draft + "/publish", Map.of("version", version(confirm)));
        assertEquals(303, published.statusCode());
        String edition = "/market-position/editions/" + id + "/";
        assertEquals(edition, published.headers().firstValue("Location").orElse("").replace(Api.BASE, ""));
        assertEquals(409, web.post(draft + "/publish", Map.of("version", version(confirm))).statusCode(), "published once only");

        WebClient anyone = new WebClient();
        HttpResponse<String> list = anyone.get("/market-position/" + LEEDS);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("href=\"" + edition + "\""), "the public list links the edition");
        assertTrue(text(list).replace(" ,", ",").contains(title + ", published"), "with its date");
        HttpResponse<String> page = anyone.get(edition);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Dementia nursing beds in east Leeds"));
        Matcher file = Pattern.compile("href=\"(files/[a-z0-9-]+\\.csv)\"").matcher(page.body());
        assertTrue(file.find(), "the statement links its CSVs");
        HttpResponse<String> csv = anyone.get(edition + file.group(1));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(404, anyone.get(edition + "files/nothing.csv").statusCode());
        assertEquals(404, anyone.get("/market-position/E07000117").statusCode(), "a district publishes no statement");
        assertEquals(404, anyone.get("/market-position/editions/not-an-id/").statusCode());
    }

    private static String version(HttpResponse<String> page) {
        Matcher m = VERSION.matcher(page.body());
        assertTrue(m.find(), "the form carries the version");
        return m.group(1);
    }
}
