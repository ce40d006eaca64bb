package org.caremarket.cqc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.caremarket.CommittedChanges;
import org.caremarket.InContainer;
import org.caremarket.access.entity.Caller;
import org.caremarket.cqc.entity.ImportJob;
import org.caremarket.cqc.entity.ImportStatus;
import org.caremarket.cqc.entity.RowError;
import org.caremarket.cqc.entity.Tally;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceFacts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CQC imports inside the server: the upsert, and a batch the database turns away. */
@ExtendWith(ArquillianExtension.class)
public class ImportsIT {

    private static final String EXTRACT = "cqc/directory-extract.csv";

    @Deployment
    public static WebArchive deployment() {
        return InContainer.war(ImportsIT.class).addAsResource(EXTRACT);
    }

    @Inject
    Imports imports;

    @Inject
    CareServices services;

    @Inject
    CommittedChanges committed;

    @Inject
    UserTransaction tx;

    /** The directory extract with CQC ids and names of this run's own (five digits). */
    private static String extract(String run) throws IOException {
        try (InputStream in = ImportsIT.class.getResourceAsStream("/" + EXTRACT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{RUN}", run);
        }
    }

    private static String run() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
    }

    /**
     * Imports the file (not as full) and waits for the background job to finish. One import runs at a time, so it
     * first waits for any other to finish (on PostgreSQL the HTTP tests' server shares the database).
     */
    private ImportJob imported(String csv, Caller admin) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (read(() -> imports.list(0, 20).items().stream().anyMatch(
                j -> j.status() == ImportStatus.QUEUED || j.status() == ImportStatus.RUNNING))) {
            if (Instant.now().isAfter(deadline)) {
                fail("another import was still running after 3 minutes");
            }
            Thread.sleep(100);
        }
        String id = imports.directory(csv, false, "in-container test", admin).id();
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = read(() -> imports.find(id).orElseThrow());
            if (job.status() == ImportStatus.SUCCEEDED || job.status() == ImportStatus.FAILED) {
                return job;
            }
            Thread.sleep(50);
        }
        return fail("import " + id + " did not finish within 3 minutes");
    }

    /** A read in a transaction of its own: outside one, the request's persistence context would keep the first read. */
    private <T> T read(java.util.function.Supplier<T> query) throws Exception {
        tx.begin();
        try {
            return query.get();
        } finally {
            tx.commit();
        }
    }

    @Test
    @DisplayName("R8.3 the same record imported twice is one write: the second import finds it unchanged and writes nothing, and tells matching nothing")
    void sameRecordTwice() throws Exception {
        Caller admin = InContainer.admin();
        String run = run();
        ImportJob first = imported(extract(run), admin);
        assertEquals(ImportStatus.SUCCEEDED, first.status(), first::failure);
        assertEquals(6, first.tally().created());
        ServiceFacts oak = services.byCqcLocationId("1-8" + run + "0001").orElseThrow();
        long told = committed.ofService(oak.id());

        ImportJob again = imported(extract(run), admin);
        Tally tally = again.tally();
        assertEquals(List.of(0, 0, 6), List.of(tally.created(), tally.updated(), tally.unchanged()));
        assertEquals(oak.version(), services.byCqcLocationId("1-8" + run + "0001").orElseThrow().version(),
                "the register record was not written again");
        assertEquals(told, committed.ofService(oak.id()), "no change event: nothing was written");
    }

    @Test
    @DisplayName("R8.2 a batch the database turns away is taken again row by row: only the row at fault is refused, named; the others are imported")
    void batchTurnedAway() throws Exception {
        Caller admin = InContainer.admin();
        String run = run();
        ImportJob job;
        try (InContainer.Rule rule = InContainer.refusing("care_service", "name", "Oakham House " + run + " (test)")) {
            job = imported(extract(run), admin);
        }
        assertEquals(ImportStatus.SUCCEEDED, job.status(), job::failure);
        Tally tally = job.tally();
        assertEquals(List.of(9, 5, 2, 2), List.of(tally.rows(), tally.created(), tally.skipped(), tally.failed()),
                tally::toString);
        RowError refused = job.errors().stream().filter(e -> ("1-8" + run + "0004").equals(e.locationId())).findFirst()
                .orElseThrow(() -> new AssertionError("the refused row is named: " + job.errors()));
        assertTrue(refused.line() != null && refused.message().contains("could not store"), refused::message);
        assertTrue(services.byCqcLocationId("1-8" + run + "0004").isEmpty(), "nothing of the refused row is kept");
        for (String n : List.of("0001", "0002", "0003", "0005", "0006")) {
            assertTrue(services.byCqcLocationId("1-8" + run + n).isPresent(), "location " + n + " was imported");
        }
        ImportJob again = imported(extract(run), admin);
        assertEquals(List.of(1, 5), List.of(again.tally().created(), again.tally().unchanged()),
                "once the database takes it, the refused row imports; the rest were written once");
    }
}
