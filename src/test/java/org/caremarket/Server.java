package org.caremarket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The Liberty server the suite runs against, stopped, started and killed with Liberty's own script and pid file. */
public final class Server {

    private static final Path WLP = Path.of(System.getProperty("liberty.wlp.dir", "target/liberty/wlp"));
    private static final String NAME = "caremarket";

    private Server() {
    }

    /** Runs {@code server <action> caremarket} with these extra environment variables and waits for it. */
    public static void run(String action, Map<String, String> environment) throws IOException, InterruptedException {
        Path script = WLP.resolve("bin").resolve("server");
        assertTrue(Files.isExecutable(script), "no Liberty at " + WLP);
        ProcessBuilder builder = new ProcessBuilder(script.toString(), action, NAME).inheritIO();
        builder.environment().putAll(environment);
        assertEquals(0, builder.start().waitFor(), "server " + action);
    }

    /** Kills the server's JVM with SIGKILL (no shutdown hooks, no clean close of the database) and waits until it is gone. */
    public static void kill9() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + NAME + ".pid");
        assertTrue(Files.isRegularFile(pidFile), "no pid file at " + pidFile);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor());
        server.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Waits until the server answers as ready and the application serves requests. */
    public static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.get("/health/ready").status() == 200 && Api.get("/api/councils/E08000035").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not come back within 2 minutes");
    }
}
