package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
}
