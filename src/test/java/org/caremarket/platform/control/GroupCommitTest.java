package org.caremarket.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A job that knows which batch wrote it. */
    static final class Job {
        final int n;
        volatile int batch = -1;

        Job(int n) {
            this.n = n;
        }
    }

    @Test
    @DisplayName("R4.11 every job is written exactly once, in arrival order within its batch, and its caller returns only after its batch")
    void eachJobOnce() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger writing = new AtomicInteger();
        AtomicInteger overlapped = new AtomicInteger();
        GroupCommit<Job> commit = new GroupCommit<>(8, jobs -> {
            if (writing.incrementAndGet() > 1) {
                overlapped.incrementAndGet();
            }
            int b = batches.getAndIncrement();
            sizes.add(jobs.size());
            sleep(2);
            jobs.forEach(j -> {
                written.add(j.n);
                j.batch = b;
            });
            writing.decrementAndGet();
        });
        int threads = 16;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    Job job = new Job(thread * perThread + i);
                    commit.submit(job);
                    // returned: the job must be written already
                    assertTrue(job.batch >= 0, "job " + job.n + " returned before it was written");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(threads * perThread, written.size());
        assertEquals(threads * perThread, written.stream().distinct().count(), "a job was written twice");
        assertEquals(0, overlapped.get(), "two batches were written at once");
        assertTrue(sizes.stream().allMatch(s -> s >= 1 && s <= 8), "batch sizes " + sizes);
        assertTrue(sizes.stream().anyMatch(s -> s > 1), "16 threads writing at once never shared a batch: " + sizes);
    }

    @Test
    @DisplayName("R4.11 when the writer fails, every caller of that batch gets the failure and later batches go on")
    void failureReachesTheBatch() throws Exception {
        RuntimeException boom = new IllegalStateException("database gone");
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupCommit<Job> commit = new GroupCommit<>(64, jobs -> {
            int call = calls.getAndIncrement();
            if (call == 0) {
                firstStarted.countDown();
                await(release);
                return;
            }
            if (call == 1) {
                throw boom;
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> first = pool.submit(() -> commit.submit(new Job(0)));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        // these three queue behind the first batch, and are written together in the second, which fails
        List<Future<?>> queued = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            queued.add(pool.submit(() -> commit.submit(new Job(n))));
        }
        sleep(200);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : queued) {
            var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertSame(boom, failure.getCause());
        }
        assertEquals(2, calls.get(), "the three queued jobs were not written as one batch");
        commit.submit(new Job(4));
        assertEquals(3, calls.get());
        pool.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
