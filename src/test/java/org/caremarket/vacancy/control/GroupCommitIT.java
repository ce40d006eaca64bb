package org.caremarket.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.platform.entity.IfMatch;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.caremarket.Callers;
import org.caremarket.InContainer;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.control.GroupCommit;
import org.caremarket.platform.entity.PreconditionFailed;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.Providers;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Group commit of vacancy reports inside the server, with a batch the database really turns away. */
@ExtendWith(ArquillianExtension.class)
public class GroupCommitIT {

    @Deployment
    public static WebArchive deployment() {
        return InContainer.war(GroupCommitIT.class, HeldWrite.class);
    }

    @Inject
    Vacancies vacancies;

    @Inject
    Providers providers;

    @Inject
    CareServices services;

    @Inject
    CurrentCaller caller;

    @Inject
    Callers callers;

    @Inject
    HeldWrite held;

    @Inject
    @ConfigProperty(name = "caremarket.vacancy.writers", defaultValue = "1")
    int writers;

    private static VacancyReport beds(int available) {
        return new VacancyReport(true, null, new BigDecimal("950.00"), false, Set.of(),
                List.of(VacancyLine.beds(BedType.RESIDENTIAL, available, 0, 0)));
    }

    /** Care homes whose reports all go to the same writer (a service's reports always do), so they can share a batch. */
    private List<String> homesOfOneWriter(int count) {
        Map<Integer, List<String>> byWriter = new HashMap<>();
        while (true) {
            String id = InContainer.careHome(providers, services, "Batched " + InContainer.word()).id();
            List<String> same = byWriter.computeIfAbsent(Math.floorMod(id.hashCode(), Math.max(1, writers)),
                    w -> new ArrayList<>());
            same.add(id);
            if (same.size() == count) {
                return same;
            }
        }
    }

    /** A report sent as a request would send it, in a thread of its own; the thread is noted when it starts. */
    private Future<Vacancies.Current> send(ManagedExecutorService executor, Caller who, String serviceId, long ifMatch,
                                           List<Thread> threads) {
        return executor.submit(() -> {
            threads.add(Thread.currentThread());
            return callers.as(who, () -> vacancies.replace(serviceId, IfMatch.versions(ifMatch), beds(3)));
        });
    }

    /** Waits until each thread waits in the group commit for another's batch. */
    private static void awaitQueued(List<Thread> threads, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (threads.size() < count || !threads.stream().allMatch(t -> LockSupport.getBlocker(t) != null
                && LockSupport.getBlocker(t).getClass().getEnclosingClass() == GroupCommit.class)) {
            if (Instant.now().isAfter(deadline)) {
                fail("the reports did not queue behind the held batch");
            }
            Thread.sleep(10);
        }
    }

    private static Throwable failure(Future<?> answer) throws InterruptedException, java.util.concurrent.TimeoutException {
        try {
            answer.get(1, TimeUnit.MINUTES);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    @DisplayName("R4.11 a batch the database turns away is written again report by report: each caller gets its own answer, and a failed report decides no other's")
    void batchTurnedAway() throws Exception {
        Caller admin = InContainer.admin();
        caller.set(admin);
        ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<String> homes = homesOfOneWriter(5);
        String first = homes.get(0);
        String ok1 = homes.get(1);
        String ok2 = homes.get(2);
        String refused = homes.get(3);
        String stale = homes.get(4);
        assertEquals(1, vacancies.replace(stale, IfMatch.versions(0), beds(1)).version());

        long before1 = held.writes(ok1);
        long before2 = held.writes(ok2);
        try (InContainer.Rule rule = InContainer.refusing("vacancy_history", "service_id", refused)) {
            held.hold(first);
            List<Thread> leader = new java.util.concurrent.CopyOnWriteArrayList<>();
            Future<Vacancies.Current> firstAnswer = send(executor, admin, first, 0, leader);
            assertTrue(held.awaitHeld(), "the first report's batch is being written");
            List<Thread> queued = new java.util.concurrent.CopyOnWriteArrayList<>();
            Future<Vacancies.Current> answer1 = send(executor, admin, ok1, 0, queued);
            Future<Vacancies.Current> answer2 = send(executor, admin, ok2, 0, queued);
            Future<Vacancies.Current> refusedAnswer = send(executor, admin, refused, 0, queued);
            Future<Vacancies.Current> staleAnswer = send(executor, admin, stale, 0, queued);
            awaitQueued(queued, 4);
            held.release();

            assertEquals(1, firstAnswer.get(1, TimeUnit.MINUTES).version());
            assertEquals(1, answer1.get(1, TimeUnit.MINUTES).version());
            assertEquals(1, answer2.get(1, TimeUnit.MINUTES).version());
            assertInstanceOf(PreconditionFailed.class, failure(staleAnswer), "the stale If-Match is a 412, as alone");
            Throwable databaseFault = failure(refusedAnswer);
            assertTrue(databaseFault instanceof RuntimeException, "the report the database turned away fails: " + databaseFault);
        }
        assertEquals(before1 + 2, held.writes(ok1), "written in the batch the database turned away, then alone");
        assertEquals(before2 + 2, held.writes(ok2));
        assertEquals(0, vacancies.current(refused).version(), "nothing of the refused report was kept");
        assertEquals(1, vacancies.current(ok1).version());
        assertEquals(1, vacancies.current(stale).version(), "the stale report changed nothing");
        assertEquals(3, vacancies.current(ok2).state().orElseThrow().report().available());
    }
}
