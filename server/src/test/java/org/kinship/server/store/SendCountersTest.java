package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends take their rooms' counters in memory and the writer writes them back ({@link SendCounters}):
 * whatever runs after them, in the same batch or not, sees the counters as if each send had bumped the
 * rooms row itself, and a send that fails, or turns out to be a retry, gives its seq back.
 */
class SendCountersTest {
    @TempDir
    Path dir;
    private Db db;
    private long userId;
    private long roomId;
    private long otherRoomId;
    private final AtomicLong keys = new AtomicLong();

    @BeforeEach
    void makeRooms() {
        db = new Db(Database.open(dir.resolve("k.db")));
        userId = db.write(h -> h.attach(UserDao.class).insert("river", "hash", "participant", 1L)).join();
        roomId = db.write(h -> h.attach(RoomDao.class).insert("Room", "", userId, 1L)).join();
        otherRoomId = db.write(h -> h.attach(RoomDao.class).insert("Other", "", userId, 1L)).join();
    }

    @Test
    void aBatchOfSendsCommitsTheRoomsCountersWithItsMessages() {
        List<CompletableFuture<RoomCounters>> sends = inOneBatch(() -> {
            List<CompletableFuture<RoomCounters>> queued = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                queued.add(send(i % 2 == 0 ? roomId : otherRoomId, false));
            }
            return queued;
        });
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L), sends.stream().map(s -> s.join().lastSeq()).toList());
        assertEquals(new RoomCounters(3, 3), committedCounters(roomId));
        assertEquals(new RoomCounters(2, 2), committedCounters(otherRoomId));
    }

    @Test
    void aSendThatFailsGivesItsSeqBack() {
        List<CompletableFuture<RoomCounters>> sends = inOneBatch(() -> List.of(send(roomId, false), send(roomId, true),
                send(roomId, false)));
        assertEquals(1, sends.get(0).join().lastSeq());
        assertThrows(CompletionException.class, () -> sends.get(1).join());
        assertEquals(2, sends.get(2).join().lastSeq());
        assertEquals(new RoomCounters(2, 2), committedCounters(roomId));
        assertEquals(List.of(1L, 2L), db.readNow(h -> h.createQuery("SELECT seq FROM messages ORDER BY seq").mapTo(Long.class).list()));
    }

    @Test
    void aRetryStoresNothingAndTakesNoSeq() {
        List<CompletableFuture<Optional<RoomCounters>>> sends = inOneBatch(() -> List.of(send(roomId, "once", false),
                send(roomId, "once", false), send(roomId, "twice", false)));
        assertEquals(List.of(Optional.of(new RoomCounters(1, 1)), Optional.<RoomCounters>empty(),
                Optional.of(new RoomCounters(2, 2))), sends.stream().map(CompletableFuture::join).toList());
        assertEquals(new RoomCounters(2, 2), committedCounters(roomId));
    }

    @Test
    void anyOtherWriteSeesTheCountersAndItsOwnFailureDoesNotUndoThem() {
        List<CompletableFuture<?>> writes = inOneBatch(() -> List.of(
                send(roomId, false),
                send(roomId, false),
                db.write(h -> {
                    h.attach(RoomDao.class).nextRev(roomId);
                    throw new IllegalStateException("this write fails after changing the room");
                }),
                db.write(h -> h.attach(RoomDao.class).nextRev(roomId)),
                send(roomId, false)));
        assertThrows(CompletionException.class, () -> writes.get(2).join());
        assertEquals(3L, writes.get(3).join());
        assertEquals(new RoomCounters(3, 4), writes.get(4).join());
        assertEquals(new RoomCounters(3, 4), committedCounters(roomId));
    }

    /** Queues {@code writes} while a write holds the writer, so that it takes them all as its next batch. */
    private <T> T inOneBatch(Supplier<T> writes) {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch queued = new CountDownLatch(1);
        CompletableFuture<Boolean> held = db.write(h -> {
            running.countDown();
            return await(queued);
        });
        assertTrue(await(running));
        T result = writes.get();
        queued.countDown();
        assertTrue(held.join());
        return result;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A send's write: stores a message under a new client key, then fails if told to. */
    private CompletableFuture<RoomCounters> send(long room, boolean fail) {
        return send(room, "k" + keys.incrementAndGet(), fail).thenApply(Optional::orElseThrow);
    }

    /** A send's write under this client key: its counters, or empty if a message is stored under it already. */
    private CompletableFuture<Optional<RoomCounters>> send(long room, String clientKey, boolean fail) {
        return db.writeRoomMessage((Handle h) -> {
            Optional<MessageRow> row = SendStatements.of(h).insertUnlessSent(room, userId, clientKey, "hi", 5L);
            if (fail) {
                throw new IllegalStateException("this send fails after storing its message");
            }
            return row.map(stored -> new RoomCounters(stored.seq(), stored.rev()));
        }, counters -> { });
    }

    private RoomCounters committedCounters(long room) {
        return db.readNow(h -> h.createQuery("SELECT last_seq, last_rev FROM rooms WHERE id = ?").bind(0, room)
                .map(new RoomCounters.Mapper()).one());
    }

    @AfterEach
    void close() {
        db.close();
    }
}
