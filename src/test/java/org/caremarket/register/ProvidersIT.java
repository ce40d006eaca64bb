package org.caremarket.register;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.provider;
import static org.caremarket.Api.put;
import static org.caremarket.Api.q;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProvidersIT {

    @Test
    @DisplayName("R2.1 registering a provider answers 201 with Location, ETag and the record")
    void register() {
        String name = "Provider " + unique();
        Api.Reply reply = post("/api/providers", provider(name).add("ownership", "VOLUNTARY")
                .add("charityNumber", "1091234").add("companiesHouseNumber", "04512345")
                .add("contact", Json.createObjectBuilder().add("phone", "0113 496 0000").add("email", "a@b.example"))
                .build().toString());
        JsonObject body = created(reply);
        String location = reply.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/providers/" + body.getString("id")), location);
        assertEquals(name, body.getString("name"));
        assertEquals("VOLUNTARY", body.getString("ownership"));
        assertEquals("1091234", body.getString("charityNumber"));

        Api.Reply read = get(location);
        assertEquals(200, read.status());
        assertEquals(reply.etag(), read.etag());
        assertEquals(name, read.json().getString("name"));
        assertEquals(0, read.json().getInt("services"));
    }

    @Test
    @DisplayName("R2.6 an update needs If-Match: 428 without, 412 when stale, 200 with a new ETag when current")
    void optimisticConcurrency() {
        String name = "Provider " + unique();
        Api.Reply reply = post("/api/providers", provider(name).build().toString());
        String url = reply.header("Location").orElseThrow();
        String etag = reply.etag();
        String renamed = provider(name + " renamed").build().toString();

        put(url, renamed, null).problem(428);
        put(url, renamed, "\"999\"").problem(412);
        put(url, renamed, "W/\"" + etag.replace("\"", "") + "\"").problem(412);
        assertEquals(List.of("If-Match"), put(url, renamed, "not-an-etag").invalidFields());
        assertEquals(name, get(url).json().getString("name"), "rejected updates change nothing");

        Api.Reply updated = put(url, renamed, etag);
        assertEquals(200, updated.status(), updated::body);
        assertNotEquals(etag, updated.etag());
        assertEquals(name + " renamed", get(url).json().getString("name"));

        put(url, provider(name + " again").build().toString(), etag).problem(412);
    }

    @Test
    @DisplayName("R2.5 a second provider with the same CQC provider id is a 409 and is not stored")
    void duplicateCqcProviderId() {
        String cqc = Api.cqcId();
        String name = "Provider " + unique();
        created(post("/api/providers", provider(name).add("cqcProviderId", cqc).build().toString()));
        JsonObject problem = post("/api/providers", provider(name + " twin").add("cqcProviderId", cqc).build().toString())
                .problem(409);
        assertTrue(problem.getString("detail").contains(cqc), problem::toString);
        assertEquals(0, get("/api/providers?q=" + q(name + " twin")).json().getInt("total"));
    }

    @Test
    @DisplayName("R2.9 every invalid field is listed in one 400, and nothing is stored")
    void invalidFields() {
        String name = "Provider " + unique();
        String body = Json.createObjectBuilder().add("name", name).add("ownership", "PLC").add("cqcProviderId", "ABC")
                .add("companiesHouseNumber", "12").add("charityNumber", "x")
                .add("contact", Json.createObjectBuilder().add("email", "not-an-email").add("website", "ftp://x"))
                .build().toString();
        List<String> fields = post("/api/providers", body).invalidFields();
        assertEquals(List.of("charityNumber", "companiesHouseNumber", "contact.email", "contact.website", "cqcProviderId",
                "ownership"), fields);
        assertEquals(0, get("/api/providers?q=" + q(name)).json().getInt("total"));
    }

    @Test
    @DisplayName("R2.9 a missing name and ownership are named")
    void requiredFields() {
        assertEquals(List.of("name", "ownership"), post("/api/providers", "{}").invalidFields());
    }

    @Test
    @DisplayName("R2.10 an unknown provider id is a 404, for reads and updates")
    void unknown() {
        get("/api/providers/00000000-0000-0000-0000-000000000000").problem(404);
        put("/api/providers/00000000-0000-0000-0000-000000000000", provider("x").build().toString(), "\"1\"").problem(404);
    }

    @Test
    @DisplayName("R2.1 the provider list finds by name and pages with a total")
    void list() {
        String word = unique();
        for (int i = 0; i < 3; i++) {
            created(post("/api/providers", provider("List " + word + " " + i).build().toString()));
        }
        JsonObject page = get("/api/providers?q=" + word.toLowerCase() + "&size=2&page=1").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals("List " + word + " 2", page.getJsonArray("items").getJsonObject(0).getString("name"));
        assertEquals(List.of("size"), get("/api/providers?size=1000").invalidFields());
        assertEquals(List.of("page"), get("/api/providers?page=abc").invalidFields());
    }
}
