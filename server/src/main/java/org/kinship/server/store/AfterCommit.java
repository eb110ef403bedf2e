package org.kinship.server.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that finishes the writer's batches: acknowledgements, refusals and the fan-out of what each
 * batch committed, one batch after another in commit order. Handing them over lets the writer start the
 * next batch, its statements and its fsync, while this one's events go out; on one core that fills the
 * time the writer used to spend idle waiting for the disk. Bounded: a writer {@link #MAX_PENDING} batches
 * ahead waits, so acknowledged work never piles up in memory.
 */
final class AfterCommit {
    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    static final int MAX_PENDING = 8;
    private final BlockingQueue<Runnable> pending = new ArrayBlockingQueue<>(MAX_PENDING);
    /** Runs one batch's steps; the server collects what they send ({@code Outbox}). */
    private final Consumer<Runnable> runner;
    private final Thread thread;
    private volatile boolean open = true;

    AfterCommit(Consumer<Runnable> runner) {
        this.runner = runner;
        this.thread = Db.named("db-after-commit").newThread(this::run);
        thread.start();
    }

    /** Queues one batch's steps behind the earlier ones; waits while {@link #MAX_PENDING} are queued. */
    void hand(Runnable batch) {
        boolean interrupted = false;
        while (true) {
            try {
                pending.put(batch);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the writer is told to stop; what it committed must still be finished
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes what is queued, then stops. */
    void finishAndWait() {
        open = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (open || !pending.isEmpty()) {
            try {
                Runnable batch = pending.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    runner.accept(batch);
                }
            } catch (InterruptedException e) {
                // Only finishAndWait stops this thread, by closing and letting the queue run dry.
            } catch (RuntimeException | Error e) {
                log.error("finishing a committed batch failed", e);
            }
        }
    }
}
