package org.caremarket.demo;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo market's year, as the server under test loaded it (the README's run command loads it too). */
class DemoHistoryIT {

    private static final String LEEDS = "E08000035";
    private static final String YEAR_AGO = Instant.now().minus(Duration.ofDays(366))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    private static List<JsonObject> services(String query) {
        // Not the services tests add to a demo provider (test CQC ids 1-9…: ProviderOffersIT), which have no year.
        return get("/api/services?size=100&q=(demo)&council=" + LEEDS + "&" + query).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> !s.getString("cqcLocationId").startsWith("1-9")).toList();
    }

    private static List<JsonObject> history(String serviceId) {
        return get("/api/services/" + serviceId + "/vacancies/history?from=" + YEAR_AGO, ADMIN).array()
                .getValuesAs(JsonObject.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CARE_HOME_NURSING", "CARE_HOME_RESIDENTIAL", "HOMECARE", "EXTRA_CARE", "SUPPORTED_LIVING",
            "SHARED_LIVES"})
    @DisplayName("R11.3 every kind of demo service has a year of vacancy history, and its current report is the newest row")
    void yearOfHistory(String kind) {
        int checked = 0;
        List<JsonObject> ofKind = services("kind=" + kind);
        for (JsonObject service : ofKind.subList(0, Math.min(5, ofKind.size()))) {
            String id = service.getString("id");
            List<JsonObject> rows = history(id);
            assertTrue(rows.size() >= 6, kind + " " + id + " has " + rows.size() + " reports in a year");
            Instant first = Instant.parse(rows.get(0).getString("reportedAt"));
            assertTrue(first.isBefore(Instant.now().minus(Duration.ofDays(300))), "the history goes back a year: " + first);
            JsonObject newest = rows.get(rows.size() - 1);
            JsonObject current = get("/api/services/" + id + "/vacancies").json();
            assertEquals(newest.getJsonNumber("version").longValue(), current.getJsonNumber("version").longValue(),
                    "the current report is at the version its history reached");
            assertEquals(rows.size(), newest.getInt("version"), "one history row per version");
            assertEquals(Instant.parse(newest.getString("reportedAt")), Instant.parse(current.getString("reportedAt")));
            checked++;
        }
        assertTrue(checked > 0, "Leeds has demo services of kind " + kind);
    }

    @Test
    @DisplayName("R11.3 care homes are fuller in winter than in summer, and a few stay under 80% occupied")
    void occupancy() {
        List<JsonObject> homes = new ArrayList<>(services("kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL"));
        homes.addAll(get("/api/services?size=100&page=1&q=(demo)&council=" + LEEDS
                + "&kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL").json().getJsonArray("items").getValuesAs(JsonObject.class));
        int under80 = 0;
        double winter = 0;
        double summer = 0;
        int winterRows = 0;
        int summerRows = 0;
        for (JsonObject home : homes) {
            List<JsonObject> rows = history(home.getString("id"));
            double sum = 0;
            for (JsonObject row : rows) {
                double percent = row.getJsonNumber("occupancyPercent").doubleValue();
                sum += percent;
                int month = Instant.parse(row.getString("reportedAt")).atZone(java.time.ZoneOffset.UTC).getMonthValue();
                if (month == 12 || month <= 2) {
                    winter += percent;
                    winterRows++;
                } else if (month >= 6 && month <= 8) {
                    summer += percent;
                    summerRows++;
                }
            }
            if (!rows.isEmpty() && home.getJsonObject("capacity").getInt("amount") >= 20 && sum / rows.size() < 80) {
                under80++;
            }
        }
        assertTrue(winterRows > 0 && summerRows > 0);
        assertTrue(winter / winterRows > summer / summerRows + 2, "winter " + winter / winterRows + "%, summer "
                + summer / summerRows + "%");
        assertTrue(under80 >= 2 && under80 < homes.size() / 5, under80 + " of " + homes.size() + " homes under 80%");
    }

    @Test
    @DisplayName("R11.3 some demo services stopped reporting and are on the council's list to chase")
    void stale() {
        JsonObject list = get("/api/vacancies/stale?council=" + LEEDS, "cm_demo_commissioner_leeds").json();
        long demo = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.toString().contains("(demo)")).count();
        assertTrue(demo >= 10, demo + " stale demo services in Leeds");
    }

    @Test
    @DisplayName("R11.4 a year of Leeds brokerage: requests awarded, unsourced, cancelled and still open; discharges sourced faster")
    void brokerage() {
        JsonObject m = get("/api/brokerage/metrics?from=" + YEAR_AGO, "cm_demo_commissioner_leeds").json();
        assertTrue(m.getInt("requests") > 500, m::toString);
        JsonObject byStatus = m.getJsonObject("byStatus");
        for (String status : List.of("AWARDED", "UNSOURCED", "CANCELLED")) {
            assertTrue(byStatus.getInt(status, 0) > 0, status + " in " + byStatus);
        }
        assertTrue(byStatus.getInt("OPEN", 0) + byStatus.getInt("OFFERED", 0) > 0, "some still open: " + byStatus);
        assertTrue(m.getInt("awarded") > m.getInt("requests") / 2, m::toString);
        assertTrue(m.getInt("hospitalDischarges") > 100, m::toString);
        assertTrue(m.getJsonNumber("dischargesSourcedWithin48HoursPercent").doubleValue() > 40, m::toString);
        double median = m.getJsonNumber("medianHoursToSource").doubleValue();
        assertTrue(median > 2 && median < 24 * 14, "median hours to source " + median);
        assertTrue(m.getJsonNumber("p90HoursToSource").doubleValue() > median, m::toString);
        assertTrue(m.getJsonObject("declinesByReason").size() >= 3, m::toString);
        assertTrue(m.getJsonObject("unsourcedByReason").containsKey("ALL_DECLINED")
                || m.getJsonObject("unsourcedByReason").containsKey("NO_VACANCY"), m::toString);
        String weekAgo = Instant.now().minus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        List<JsonObject> older = get("/api/care-packages?from=" + YEAR_AGO + "&to=" + weekAgo + "&size=5",
                "cm_demo_broker_leeds").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(5, older.size());
        assertTrue(older.stream().allMatch(p -> p.getString("reference").startsWith("DEMO-LEEDS-")), older::toString);
    }

    @Test
    @DisplayName("R11.5 CQC rating changes over the year: falls raised alerts for each council's commissioners")
    void ratingChanges() {
        for (String key : List.of("cm_demo_commissioner_leeds", "cm_demo_commissioner_leicestershire")) {
            List<JsonObject> falls = get("/api/cqc/alerts?kind=RATING_FELL&size=100&since=" + YEAR_AGO, key).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("serviceName").endsWith("(demo)")).toList();
            assertTrue(falls.size() >= 3, key + ": " + falls);
            JsonObject fall = falls.get(falls.size() - 1);
            assertTrue(Instant.parse(fall.getString("raisedAt")).isBefore(Instant.now().minus(Duration.ofDays(7))),
                    "dated at the change, in the past: " + fall);
            JsonObject service = get("/api/services/" + fall.getString("serviceId")).json();
            assertEquals(fall.getString("ratingAfter"), service.getJsonObject("rating").getString("overall"));
            assertEquals(fall.getString("ratingBefore"), service.getString("ratingFellFrom"));
        }
    }
}
