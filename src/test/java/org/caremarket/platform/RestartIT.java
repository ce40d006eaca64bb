package org.caremarket.platform;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.caremarket.Api.provider;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.Api;
import org.caremarket.Server;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stops and starts the very server the suite runs against, with Liberty's own script. */
class RestartIT {

    @Test
    @DisplayName("R0.4 R3.6 data survives a server restart, which starts on the already migrated schema and registers the operator's ADMIN key")
    void survivesRestart() throws Exception {
        String name = "Durable " + unique();
        Api.Reply reply = post("/api/providers", provider(name).build().toString());
        String url = reply.header("Location").orElseThrow();
        created(reply);
        String etag = reply.etag();
        int servicesBefore = get("/api/services?size=1").json().getInt("total");

        String operatorKey = "operator-" + java.util.UUID.randomUUID() + java.util.UUID.randomUUID();
        Server.run("stop", java.util.Map.of());
        Server.run("start", java.util.Map.of("CAREMARKET_ADMIN_KEY", operatorKey));
        Server.awaitReady();

        Api.Reply after = get(url);
        assertEquals(200, after.status(), after::body);
        assertEquals(name, after.json().getString("name"));
        assertEquals(etag, after.etag());
        assertEquals(servicesBefore, get("/api/services?size=1").json().getInt("total"),
                "the demo market is not loaded again into a database that has data");

        // R3.6 an operator's first ADMIN key, given in the environment, is registered at start-up
        Api.Reply keys = get("/api/keys", operatorKey);
        assertEquals(200, keys.status(), keys::body);
        assertTrue(keys.array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(k -> k.getString("label").equals("bootstrap admin") && k.getString("role").equals("ADMIN")));
    }
}
