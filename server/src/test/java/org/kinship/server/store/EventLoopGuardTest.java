package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinship.server.EventLoopGuard;

class EventLoopGuardTest {
    @TempDir
    Path dir;

    @Test
    void aBlockingReadOnAnEventLoopThreadFails() throws Exception {
        var group = new MultiThreadIoEventLoopGroup(1, EventLoopGuard.eventLoopThreads("io"), NioIoHandler.newFactory());
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            var onLoop = group.submit(() -> db.readNow(h -> 1));
            assertTrue(onLoop.await(5, TimeUnit.SECONDS));
            assertTrue(onLoop.cause() instanceof IllegalStateException, String.valueOf(onLoop.cause()));
            assertEquals(1, (int) db.readNow(h -> 1), "the same read off the event loop works");
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
        }
    }
}
