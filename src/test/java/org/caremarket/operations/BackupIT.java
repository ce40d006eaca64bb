package org.caremarket.operations;

import static org.caremarket.Api.ADMIN;
import static org.caremarket.Api.get;
import static org.caremarket.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackupIT {

    @Test
    @DisplayName("R6.1 an ADMIN backs up the embedded database online: a Derby database in a new folder, audited; PostgreSQL 409")
    void backup() throws IOException {
        post("/api/operations/backups", "", "cm_demo_commissioner_leeds").problem(403);
        post("/api/operations/backups", "", null).problem(401);
        Api.Reply reply = post("/api/operations/backups", "", ADMIN);
        if ("postgresql".equals(System.getenv("DB_KIND"))) {
            assertEquals("/problems/backup-not-here", reply.problem(409).getString("type"));
            return;
        }
        assertEquals(201, reply.status(), reply::body);
        JsonObject backup = reply.json();
        Path folder = Path.of(backup.getString("folder"));
        try (Stream<Path> inside = Files.list(folder)) {
            assertTrue(inside.anyMatch(db -> Files.exists(db.resolve("service.properties")) && Files.isDirectory(db.resolve("seg0"))),
                    "a Derby database folder in " + folder);
        }
        assertEquals(200, get("/api/services?size=1").status(), "the server went on answering");
        assertTrue(get("/api/audit?action=operations.backup", ADMIN).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(a -> a.getJsonObject("after").getString("folder").equals(backup.getString("folder"))));
    }
}
