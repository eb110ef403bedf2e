package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Committed batches are finished in commit order, on one thread, and none is dropped at shutdown. */
class AfterCommitTest {
    @Test
    void batchesAreFinishedInTheOrderTheyWereHanded() {
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        AfterCommit afterCommit = new AfterCommit(Runnable::run);
        IntStream.range(0, 500).forEach(i -> afterCommit.hand(() -> finished.add(i)));
        afterCommit.finishAndWait();
        assertEquals(IntStream.range(0, 500).boxed().toList(), finished);
    }

    @Test
    void aWriterFarAheadWaitsInsteadOfQueueingWithoutBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AfterCommit afterCommit = new AfterCommit(Runnable::run);
        afterCommit.hand(() -> awaitQuietly(release));
        Thread writer = new Thread(() -> IntStream.range(0, AfterCommit.MAX_PENDING + 2)
                .forEach(i -> afterCommit.hand(() -> { })));
        writer.start();
        writer.join(300);
        assertTrue(writer.isAlive(), "the writer waits while the after-commit thread is "
                + AfterCommit.MAX_PENDING + " batches behind");
        release.countDown();
        writer.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(writer.isAlive(), "and goes on once it catches up");
        afterCommit.finishAndWait();
    }

    @Test
    void aFailingBatchDoesNotStopTheOnesAfterIt() {
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        AfterCommit afterCommit = new AfterCommit(Runnable::run);
        afterCommit.hand(() -> {
            throw new IllegalStateException("an after-commit step failed");
        });
        afterCommit.hand(() -> finished.add("next"));
        afterCommit.finishAndWait();
        assertEquals(List.of("next"), finished);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
