package org.caremarket.platform.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Group commit: writes that arrive while another batch is being written wait, and are then written
 * together, in one transaction, by one of the waiting threads (the oldest; no thread of its own). A
 * transaction's fixed cost — begin, commit, the log written to disk — is paid once a batch instead of
 * once a write. Each caller returns only when the batch holding its job has been written, so an answer
 * is never given for a write that is not yet durable.
 *
 * <p>The writer receives the jobs in arrival order and records each job's outcome in the job itself; if
 * it throws, every caller of that batch gets the failure.
 *
 * @param <J> a job: what to write, and where its outcome goes
 */
public final class GroupCommit<J> {

    private final int maxBatch;
    private final Consumer<List<J>> writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Slot<J>> queue = new ArrayDeque<>();
    /** True while a batch is being written, or its next leader has been chosen; then the queue's head leads next. */
    private boolean leading;

    public GroupCommit(int maxBatch, Consumer<List<J>> writer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    private static final class Slot<J> {
        final J job;
        final Thread thread = Thread.currentThread();
        volatile boolean done;
        volatile boolean lead;
        Throwable failure;

        Slot(J job) {
            this.job = job;
        }
    }

    /** Writes the job in a batch, and returns once that batch has been written. */
    public void submit(J job) {
        Slot<J> mine = new Slot<>(job);
        boolean lead;
        lock.lock();
        try {
            queue.add(mine);
            lead = !leading;
            leading = true;
        } finally {
            lock.unlock();
        }
        if (!lead) {
            await(mine);
            if (mine.done) {
                rethrow(mine.failure);
                return;
            }
        }
        // This thread leads: its own slot is at the head of the queue, so it is in the batch it writes.
        List<Slot<J>> batch = new ArrayList<>();
        lock.lock();
        try {
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
        } finally {
            lock.unlock();
        }
        Throwable failure = null;
        try {
            writer.accept(batch.stream().map(s -> s.job).toList());
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        Slot<J> next;
        lock.lock();
        try {
            next = queue.peek();
            leading = next != null;
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.lead = true;
            LockSupport.unpark(next.thread);
        }
        for (Slot<J> slot : batch) {
            if (slot != mine) {
                slot.failure = failure;
                slot.done = true;
                LockSupport.unpark(slot.thread);
            }
        }
        rethrow(failure);
    }

    /** Waits until another thread has written the job, or has chosen this one to lead the next batch. */
    private static void await(Slot<?> slot) {
        boolean interrupted = false;
        while (!slot.done && !slot.lead) {
            LockSupport.park(slot);
            // The job may already be part of a batch being written: it cannot be abandoned, so keep waiting.
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
