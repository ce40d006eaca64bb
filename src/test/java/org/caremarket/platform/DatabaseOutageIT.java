package org.caremarket.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.caremarket.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the server runs (PostgreSQL: it stops accepting connections and the server's are
 * closed), then comes back.
 */
class DatabaseOutageIT {

    @Test
    @DisplayName("R0.5 R0.9 database unavailable: readiness DOWN and 503 problem+json with Retry-After; recovery when it returns")
    void outageAndRecovery() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getenv("DB_KIND")), "PostgreSQL can be made unavailable from outside");
        String database = System.getenv("DB_NAME");
        String admin = "jdbc:postgresql://" + System.getenv().getOrDefault("DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("DB_PORT", "5432") + "/postgres";
        assertEquals(200, Api.get("/api/providers?size=1").status());
        try (Connection db = DriverManager.getConnection(admin, System.getenv("DB_USER"), System.getenv().getOrDefault("DB_PASSWORD", ""));
             Statement sql = db.createStatement()) {
            try {
                sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
                assertTrue(waitFor("/health/ready", 503), "readiness goes DOWN");
                Api.Reply refused = Api.get("/api/providers?size=1");
                refused.problem(503);
                assertEquals("5", refused.header("Retry-After").orElse(""));
                Api.Reply write = Api.post("/api/providers", Api.provider("Outage " + Api.unique()).build().toString());
                write.problem(503);
                assertEquals(200, Api.get("/health/live").status(), "the process itself is alive");
            } finally {
                sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
            }
        }
        assertTrue(waitFor("/health/ready", 200), "readiness comes back UP");
        assertTrue(waitFor("/api/providers?size=1", 200), "requests succeed again");
    }

    private static boolean waitFor(String path, int status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (Api.get(path).status() == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
