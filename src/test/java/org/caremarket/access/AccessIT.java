package org.caremarket.access;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.created;
import static org.caremarket.Api.delete;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.provider;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessIT {

    private final String providerA = newProvider("Access A " + unique());
    private final String providerB = newProvider("Access B " + unique());
    private final String keyA = newKey("PROVIDER", providerA, null);

    private Api.Reply homeOf(String providerId) {
        Api.Reply reply = post("/api/services", service(providerId, "Home " + unique()).build().toString());
        created(reply);
        return reply;
    }

    private static String body(Api.Reply service, int capacity) {
        JsonObject s = service.json();
        return service(s.getString("providerId"), s.getString("name")).add("cqcLocationId", s.getString("cqcLocationId"))
                .add("capacity", capacity).build().toString();
    }

    @Test
    @DisplayName("R3.2 a change without a key is a 401 with WWW-Authenticate: Bearer; reading the directory needs none")
    void anonymous() {
        Api.Reply reply = post("/api/providers", provider("Anon " + unique()).build().toString(), null);
        reply.problem(401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(200, get("/api/services?size=1").status());
        assertEquals(200, get("/api/providers/" + providerA).status());
    }

    @Test
    @DisplayName("R3.2 an unknown key, or a header that is not Bearer, is a 401 wherever it is sent")
    void unknownKey() {
        get("/api/services?size=1", "cm_not_a_real_key").problem(401);
        Api.Reply basic = Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("/api/services?size=1"))
                .header("Authorization", "Basic dXNlcjpwYXNz").GET());
        basic.problem(401);
    }

    @Test
    @DisplayName("R3.2 a role the operation does not allow is a 403 and changes nothing")
    void wrongRole() {
        String name = "Commissioned " + unique();
        post("/api/providers", provider(name).build().toString(), "cm_demo_commissioner_leeds").problem(403);
        post("/api/providers", provider(name).build().toString(), keyA).problem(403);
        assertEquals(0, get("/api/providers?q=" + Api.q(name)).json().getInt("total"));
        get("/api/keys", "cm_demo_broker_leeds").problem(403);
        get("/api/audit", keyA).problem(403);
    }

    @Test
    @DisplayName("R3.3 a provider key changes its own home (200, new ETag); on another provider's home it gets 403, nothing changes, the attempt is audited")
    void objectLevel() {
        Api.Reply own = homeOf(providerA);
        String ownUrl = own.header("Location").orElseThrow();
        Api.Reply updated = put(ownUrl, body(own, 45), own.etag(), keyA);
        assertEquals(200, updated.status(), updated::body);
        assertFalse(updated.etag().equals(own.etag()));

        Api.Reply other = homeOf(providerB);
        String otherUrl = other.header("Location").orElseThrow();
        String otherId = other.json().getString("id");
        put(otherUrl, body(other, 99), other.etag(), keyA).problem(403);
        delete(otherUrl, other.etag(), keyA).problem(403);
        assertEquals(40, get(otherUrl).json().getJsonObject("capacity").getInt("amount"));
        assertEquals(other.etag(), get(otherUrl).etag());

        List<JsonObject> audit = get("/api/audit?targetId=" + otherId, ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(a -> a.getString("outcome").equals("DENIED")
                && a.getString("action").equals("service.update") && a.getString("role").equals("PROVIDER")), audit::toString);
        assertTrue(audit.stream().anyMatch(a -> a.getString("outcome").equals("DENIED")
                && a.getString("action").equals("service.deregister")), audit::toString);
    }

    @Test
    @DisplayName("R3.3 a provider key cannot register a service for, or move one to, another provider")
    void noForeignServices() {
        String name = "Foreign " + unique();
        post("/api/services", service(providerB, name).build().toString(), keyA).problem(403);
        assertEquals(0, get("/api/services?q=" + Api.q(name)).json().getInt("total"));
        Api.Reply own = homeOf(providerA);
        JsonObject moved = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body(own, 40))).readObject())
                .add("providerId", providerB).build();
        put(own.header("Location").orElseThrow(), moved.toString(), own.etag(), keyA).problem(403);
        assertEquals(providerA, get(own.header("Location").orElseThrow()).json().getString("providerId"));
        Api.Reply created = post("/api/services", service(providerA, name).remove("rating").build().toString(), keyA);
        assertEquals(201, created.status(), created::body);
        assertEquals("NOT_YET_RATED", created.json().getJsonObject("rating").getString("overall"));
    }

    @Test
    @DisplayName("R3.3 ratings are CQC's: a provider key cannot set or change one (403, audited); leaving it out keeps it")
    void ratingsAreCqcs() {
        Api.Reply own = homeOf(providerA);
        String url = own.header("Location").orElseThrow();
        JsonObject s = own.json();
        String outstanding = service(providerA, s.getString("name")).add("cqcLocationId", s.getString("cqcLocationId"))
                .add("rating", Json.createObjectBuilder().add("overall", "OUTSTANDING").add("reportDate", "2026-01-01"))
                .build().toString();
        put(url, outstanding, own.etag(), keyA).problem(403);
        assertEquals("GOOD", get(url).json().getJsonObject("rating").getString("overall"));
        String withoutRating = service(providerA, s.getString("name")).add("cqcLocationId", s.getString("cqcLocationId"))
                .remove("rating").add("capacity", 38).build().toString();
        Api.Reply kept = put(url, withoutRating, own.etag(), keyA);
        assertEquals(200, kept.status(), kept::body);
        assertEquals("GOOD", kept.json().getJsonObject("rating").getString("overall"));
        assertEquals(0, kept.json().getJsonArray("ratingHistory").size(), "no rating moved to the history");
        post("/api/services", service(providerA, "Self-rated " + unique()).build().toString(), keyA).problem(403);
    }

    @Test
    @DisplayName("R3.4 a key is shown once; listing shows no secret; revoking it stops it at once")
    void issueListRevoke() {
        Api.Reply issued = post("/api/keys", Json.createObjectBuilder().add("role", "BROKER").add("councilCode", "E08000035")
                .add("label", "Leeds brokerage system " + unique()).build().toString());
        JsonObject key = created(issued);
        String secret = key.getString("secret");
        assertTrue(secret.startsWith("cm_") && secret.length() >= 43, "256 random bits, base64url");
        assertTrue(issued.header("Cache-Control").orElse("").contains("no-store"), "the secret is not cached");
        assertEquals(200, get("/api/services?size=1", secret).status());

        String listed = get("/api/keys", ADMIN).body();
        assertFalse(listed.contains(secret), "the secret is never shown again");
        JsonObject inList = get("/api/keys", ADMIN).array().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("id").equals(key.getString("id"))).findFirst().orElseThrow();
        assertNotNull(inList.getString("lastUsedAt"), "last use recorded");
        assertTrue(Api.isNull(inList, "secret"));

        Api.Reply revoked = delete("/api/keys/" + key.getString("id"), null, ADMIN);
        assertEquals(200, revoked.status(), revoked::body);
        get("/api/services?size=1", secret).problem(401);
    }

    @Test
    @DisplayName("R3.4 keys need their binding: a PROVIDER key its provider, a BROKER key its council")
    void bindings() {
        assertEquals(List.of("providerId"), post("/api/keys", Json.createObjectBuilder().add("role", "PROVIDER")
                .add("label", "x").build().toString()).invalidFields());
        assertEquals(List.of("councilCode"), post("/api/keys", Json.createObjectBuilder().add("role", "BROKER")
                .add("label", "x").build().toString()).invalidFields());
        assertEquals(List.of("label", "role"), post("/api/keys", "{}").invalidFields());
    }

    @Test
    @DisplayName("R3.8 a key acts for a provider the register holds and a council with social care duties, or is not issued")
    void bindingsExist() {
        String auditBefore = get("/api/audit?action=key.issue&size=1", ADMIN).body();
        JsonObject noProvider = post("/api/keys", Json.createObjectBuilder().add("role", "PROVIDER")
                .add("providerId", "00000000-0000-0000-0000-000000000000").add("label", "ghost " + unique()).build().toString())
                .problem(400);
        assertEquals("providerId", noProvider.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(noProvider.toString().contains("no provider has the id"), noProvider::toString);
        // Charnwood is a district council: Leicestershire has the social care duties there
        JsonObject district = post("/api/keys", Json.createObjectBuilder().add("role", "BROKER").add("councilCode", "E07000130")
                .add("label", "district " + unique()).build().toString()).problem(400);
        assertEquals("councilCode", district.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(district.toString().contains("no adult social care duties"), district::toString);
        assertEquals(List.of("councilCode"), post("/api/keys", Json.createObjectBuilder().add("role", "COMMISSIONER")
                .add("councilCode", "E99999999").add("label", "nowhere " + unique()).build().toString()).invalidFields());
        assertEquals(auditBefore, get("/api/audit?action=key.issue&size=1", ADMIN).body(), "nothing issued, nothing audited");
        assertEquals(201, post("/api/keys", Json.createObjectBuilder().add("role", "COMMISSIONER").add("councilCode", "E10000018")
                .add("label", "Leicestershire " + unique()).build().toString()).status(), "a county council has the duties");
        created(post("/api/keys", Json.createObjectBuilder().add("role", "PROVIDER").add("providerId", providerA)
                .add("label", "real " + unique()).build().toString()));
    }

    @Test
    @DisplayName("R3.4 a provider rotates its own key: the old secret stops, the new one works; not another provider's key")
    void rotate() {
        String secret = newKey("PROVIDER", providerA, null);
        String id = get("/api/keys", secret).array().getValuesAs(JsonObject.class).stream()
                .filter(k -> secret.startsWith(k.getString("hint"))).findFirst().orElseThrow().getString("id");
        Api.Reply rotated = post("/api/keys/" + id + "/rotation", "", secret);
        assertEquals(200, rotated.status(), rotated::body);
        String fresh = rotated.json().getString("secret");
        get("/api/keys", secret).problem(401);
        assertEquals(200, get("/api/keys", fresh).status());

        String otherKey = newKey("PROVIDER", providerB, null);
        post("/api/keys/" + id + "/rotation", "", otherKey).problem(403);
        delete("/api/keys/" + id, null, otherKey).problem(403);
        assertEquals(200, get("/api/keys", fresh).status(), "still working after refused attempts");
        post("/api/keys/00000000-0000-0000-0000-000000000000/rotation", "", ADMIN).problem(404);
    }

    @Test
    @DisplayName("R3.5 every change is audited with who, role, what, when, before and after; ADMIN can query it")
    void audit() {
        Api.Reply own = homeOf(providerA);
        String id = own.json().getString("id");
        assertEquals(200, put(own.header("Location").orElseThrow(), body(own, 33), own.etag(), keyA).status());
        List<JsonObject> entries = get("/api/audit?targetId=" + id, ADMIN).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject update = entries.stream().filter(e -> e.getString("action").equals("service.update")).findFirst()
                .orElseThrow(() -> new AssertionError(entries.toString()));
        assertEquals("PROVIDER", update.getString("role"));
        assertEquals("DONE", update.getString("outcome"));
        assertEquals(40, update.getJsonObject("before").getInt("capacity"));
        assertEquals(33, update.getJsonObject("after").getInt("capacity"));
        assertNotNull(update.getString("at"));
        JsonObject create = entries.stream().filter(e -> e.getString("action").equals("service.create")).findFirst().orElseThrow();
        assertEquals("ADMIN", create.getString("role"));
        assertTrue(Api.isNull(create, "before"));
        assertEquals(List.of("from"), get("/api/audit?from=2026-13-45", ADMIN).invalidFields());
        assertEquals(List.of("to"), get("/api/audit?to=yesterday", ADMIN).invalidFields());
    }
}
