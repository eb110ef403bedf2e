package org.kinship.server.schedule;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Things due at a time (a sanction's end, an alert's escalation), checked against the injected clock a
 * few times a second.
 * Polling rather than one timer per sanction keeps it right when the clock is moved (tests) and
 * cheap when there are many; owners load what is pending at start-up, so anything that fell due while
 * the server was down is handled at once.
 */
public final class ExpiryQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExpiryQueue.class);
    /** How often due sanctions are looked for, in milliseconds. */
    static final long TICK_MS = 250;

    private record Due(long at, long sanctionId) {
    }

    private final PriorityBlockingQueue<Due> queue = new PriorityBlockingQueue<>(16,
            java.util.Comparator.comparingLong(Due::at));
    private final ScheduledExecutorService ticker;
    private final Clock clock;
    private final String name;

    /** {@code name} names the thread and the log lines, e.g. "sanction-expiry". */
    public ExpiryQueue(Clock clock, String name) {
        this.clock = clock;
        this.name = name;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void add(long sanctionId, long at) {
        queue.add(new Due(at, sanctionId));
    }

    /** Starts ticking; {@code expire} is called once per due sanction. */
    public void start(LongConsumer expire) {
        ticker.scheduleWithFixedDelay(() -> {
            try {
                Due head;
                while ((head = queue.peek()) != null && head.at() <= clock.millis()) {
                    queue.remove(head);
                    expire.accept(head.sanctionId());
                }
            } catch (RuntimeException e) {
                log.error("{} failed", name, e);
            }
        }, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
