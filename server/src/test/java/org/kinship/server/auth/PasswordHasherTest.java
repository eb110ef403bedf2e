package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.ErrorCode;
import org.kinship.server.Refused;

class PasswordHasherTest {
    @Test
    void aBurstBeyondThePoolsQueueIsRefusedAtOnceAsBusy() {
        try (PasswordHasher hasher = new PasswordHasher(10)) {
            List<CompletableFuture<String>> burst = new ArrayList<>();
            for (int i = 0; i < PasswordHasher.MAX_QUEUED + 40; i++) {
                burst.add(hasher.hash("correct horse battery " + i));
            }
            long refusedAtOnce = burst.stream().filter(f -> f.isCompletedExceptionally()).count();
            assertTrue(refusedAtOnce >= 30, "the overflow is refused without queueing: " + refusedAtOnce);
            CompletionException busy = assertThrows(CompletionException.class,
                    () -> burst.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().orElseThrow().join());
            assertEquals(ErrorCode.BUSY, ((Refused) busy.getCause()).code());
        }
    }

    @Test
    void hashingThreadsRunUnderTheIdlePolicyAndLeaveOtherThreadsAlone() throws Exception {
        Integer before = LowPriorityThreads.ownPolicy();
        AtomicReference<Integer> inside = new AtomicReference<>();
        Thread hashing = new LowPriorityThreads("bcrypt-test").newThread(() -> inside.set(LowPriorityThreads.ownPolicy()));
        hashing.start();
        hashing.join();
        assertEquals(LowPriorityThreads.SCHED_IDLE, inside.get(), "the thread lowered its own priority as it started");
        assertEquals(0, before, "the test runs under the normal policy");
        assertEquals(before, LowPriorityThreads.ownPolicy(), "the thread that made it keeps its policy");
    }
}
