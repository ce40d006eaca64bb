package org.caremarket.vacancy;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BulkAndExportIT {

    private final String word = unique();
    private final String provider = newProvider("Bulk " + word);
    private final String key = newKey("PROVIDER", provider, null);

    private JsonObject home(String providerId, String name) {
        return created(post("/api/services", service(providerId, name + " " + word).build().toString()));
    }

    private static Api.Reply upload(String body, String contentType, String key) {
        return Api.send(HttpRequest.newBuilder(Api.uri("/api/vacancies/bulk")).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    @DisplayName("R4.7 a JSON bulk upload gives a result per service; each is applied whole or not at all")
    void json() {
        JsonObject a = home(provider, "A");
        JsonObject b = home(provider, "B");
        JsonObject foreign = home(newProvider("Foreign " + unique()), "Foreign");
        String body = "[" + String.join(",",
                "{\"service\":\"" + a.getString("id") + "\",\"report\":{\"beds\":[{\"type\":\"NURSING\",\"available\":3}]}}",
                "{\"service\":\"" + b.getString("cqcLocationId") + "\",\"ifMatch\":\"\\\"0\\\"\",\"report\":{\"beds\":[{\"type\":\"RESIDENTIAL\",\"available\":1}]}}",
                "{\"service\":\"" + a.getString("id") + "x\",\"report\":{\"beds\":[]}}",
                "{\"service\":\"" + b.getString("id") + "\",\"report\":{\"beds\":[{\"type\":\"NURSING\",\"available\":99}]}}",
                "{\"service\":\"" + foreign.getString("id") + "\",\"report\":{\"beds\":[{\"type\":\"NURSING\",\"available\":1}]}}",
                "{\"service\":\"" + b.getString("id") + "\",\"report\":{\"beds\":[{\"type\":\"CASTLE\",\"available\":1}]}}") + "]";
        Api.Reply reply = upload(body, "application/json", key);
        assertEquals(200, reply.status(), reply::body);
        JsonObject result = reply.json();
        assertEquals(2, result.getInt("accepted"));
        assertEquals(4, result.getInt("rejected"));
        List<Integer> statuses = result.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("status")).toList();
        assertEquals(List.of(200, 200, 404, 400, 403, 400), statuses);
        assertEquals(3, get("/api/services/" + a.getString("id") + "/vacancies").json().getJsonObject("totals").getInt("available"));
        assertEquals(1, get("/api/services/" + b.getString("id") + "/vacancies").json().getInt("version"),
                "the rejected reports for B changed nothing");
        assertEquals(0, get("/api/services/" + foreign.getString("id") + "/vacancies").json().getInt("version"));
    }

    @Test
    @DisplayName("R4.7 a CSV bulk upload: one row per line, services by CQC id, a result per service")
    void csv() {
        JsonObject a = home(provider, "CsvA");
        JsonObject b = home(provider, "CsvB");
        String csv = "service,line,type,available,held,closed,accepting,notAcceptingReason,weeklyFee,roomFeatures\n"
                + a.getString("cqcLocationId") + ",BED,NURSING,2,1,0,yes,,1100.00,EN_SUITE;GROUND_FLOOR\n"
                + a.getString("cqcLocationId") + ",BED,NURSING_DEMENTIA,1,0,2,,,,\n"
                + b.getString("cqcLocationId") + ",BED,NURSING,two,0,0,,,,\n";
        Api.Reply reply = upload(csv, "text/csv", key);
        assertEquals(200, reply.status(), reply::body);
        List<JsonObject> rows = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals("ACCEPTED", rows.get(0).getString("outcome"));
        assertEquals(2, rows.get(0).getInt("row"), "the CSV line of the service's first row");
        assertEquals("REJECTED", rows.get(1).getString("outcome"));
        assertEquals("line 4.available", rows.get(1).getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject view = get("/api/services/" + a.getString("id") + "/vacancies").json();
        assertEquals(3, view.getJsonObject("totals").getInt("available"));
        assertEquals(1100.0, view.getJsonNumber("weeklyFee").doubleValue(), 0.001);
        upload("nonsense,columns\n1,2\n", "text/csv", key).problem(400);
        upload("[{\"service\": 3", "application/json", key).problem(400);
        upload("[]", "application/json", "cm_demo_commissioner_leeds").problem(403);
    }

    @Test
    @DisplayName("R4.12 an upload is read as it arrives: 2,000 services are read, the 2,001st is refused at its line; "
            + "a service with more rows than a report has lines, an overlong line or bytes that are not UTF-8 are a 400")
    void limits() {
        StringBuilder csv = new StringBuilder("service,line,type,available\n");
        for (int i = 1; i <= 2000; i++) {
            csv.append(String.format("1-9%09d,BED,NURSING,1\n", i));
        }
        Api.Reply read = upload(csv.toString(), "text/csv", key);
        assertEquals(200, read.status(), read::body);
        assertEquals(2000, read.json().getInt("rejected"), "nobody's services: each is a 404 of its own");
        csv.append("1-9999999999,BED,NURSING,1\n");
        String detail = upload(csv.toString(), "text/csv", key).problem(413).getString("detail");
        assertTrue(detail.contains("2000 services") && detail.contains("line 2002"), detail);

        JsonObject a = home(provider, "Rows");
        StringBuilder rows = new StringBuilder("service,line,type,available\n");
        for (int i = 0; i < 232; i++) {
            rows.append(a.getString("cqcLocationId")).append(",BED,NURSING,1\n");
        }
        Api.Reply tooManyRows = upload(rows.toString(), "text/csv", key);
        assertTrue(tooManyRows.problem(400).getJsonArray("errors").getJsonObject(0).getString("message").startsWith("line 233 "),
                tooManyRows::body);
        upload("service,line,type,available\n" + a.getString("cqcLocationId") + ",BED," + "N".repeat(5000) + ",1\n",
                "text/csv", key).problem(400);
        Api.Reply latin1 = Api.send(HttpRequest.newBuilder(Api.uri("/api/vacancies/bulk")).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofByteArray(
                        ("service,line,type,available,notAcceptingReason\n" + a.getString("cqcLocationId") + ",BED,NURSING,1,caf\u00e9\n")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        assertTrue(latin1.problem(400).getJsonArray("errors").getJsonObject(0).getString("message").contains("UTF-8"), latin1::body);
        assertEquals(0, get("/api/services/" + a.getString("id") + "/vacancies").json().getInt("version"), "nothing applied");
    }

    @Test
    @DisplayName("R4.7 an empty upload, JSON or CSV, is a 400 naming the body, not a server error")
    void emptyUpload() {
        for (String type : List.of("application/json", "text/csv")) {
            Api.Reply reply = upload("", type, key);
            assertEquals(List.of("body"), reply.invalidFields(), () -> type + " → " + reply.body());
        }
    }

    @Test
    @DisplayName("R4.8 the Capacity Tracker export has its field names and each care home's current state")
    void capacityTracker() {
        JsonObject a = home(provider, "Export");
        Api.Reply put = Api.put("/api/services/" + a.getString("id") + "/vacancies",
                "{\"beds\":[{\"type\":\"NURSING_DEMENTIA\",\"available\":2,\"held\":1,\"closed\":3}]}", "\"0\"", key);
        assertEquals(200, put.status(), put::body);
        Api.Reply csv = get("/api/vacancies/capacity-tracker.csv?council=E08000035", "cm_demo_commissioner_leeds");
        assertEquals(200, csv.status(), csv::body);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals("cqcid,name,postcode,localauthority,maxcapacity,usedbeds,declaredvacancies,heldbeds,closedbeds,"
                + "residentialvacancies,nursingvacancies,dementiavacancies,isacceptingadmissions,notacceptingreason,"
                + "lastupdatedutc,stale", lines[0]);
        String row = java.util.Arrays.stream(lines).filter(l -> l.startsWith(a.getString("cqcLocationId") + ","))
                .findFirst().orElseThrow();
        assertTrue(row.contains(",Leeds,40,34,2,1,3,0,2,2,Yes,,"), row);
        assertTrue(row.endsWith(",false"), row);
        get("/api/vacancies/capacity-tracker.csv?council=E08000035", "cm_demo_commissioner_leicestershire").problem(403);
        get("/api/vacancies/capacity-tracker.csv?council=E08000035", key).problem(403);
    }
}
