package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Room messages' writes remember what they read ({@link SendMemo}); any other write, which may change it,
 * makes the next one read afresh, and a mute whose time is up is asked again.
 */
class SendMemoTest {
    @TempDir
    Path dir;
    private long userId;
    private long roomId;

    @BeforeEach
    void makeRoom() {
        try (Db db = open()) {
            userId = db.write(h -> h.attach(UserDao.class).insert("river", "hash", "participant", 1L)).join();
            roomId = db.write(h -> h.attach(RoomDao.class).insert("Room", "", userId, 1L)).join();
            db.write(h -> h.attach(RoomDao.class).addMember(roomId, userId, "member", 1L)).join();
        }
    }

    @Test
    void roomMessagesRememberWhatTheyReadWhileOnlyRoomMessagesAreWritten() throws Exception {
        try (Db db = open()) {
            assertEquals("member", send(db, h -> SendStatements.of(h).roomFor(roomId, userId).orElseThrow().myRole()));
            assertEquals("river", sendOne(db).senderHandle());
            // Behind the writer's back, which the server never does: the memo answers, not the file.
            outsideTheWriter("UPDATE room_members SET room_role = 'leader'", "UPDATE users SET handle = 'lake'");
            assertEquals("member", send(db, h -> SendStatements.of(h).roomFor(roomId, userId).orElseThrow().myRole()));
            assertEquals("river", sendOne(db).senderHandle());
        }
    }

    @Test
    void anyOtherWriteMakesTheNextRoomMessageReadAfresh() {
        try (Db db = open()) {
            assertEquals("member", send(db, h -> SendStatements.of(h).roomFor(roomId, userId).orElseThrow().myRole()));
            assertTrue(muteAt(db, 10L).isEmpty());
            assertEquals("river", sendOne(db).senderHandle());

            db.write(h -> {
                h.attach(RoomDao.class).setRole("co_leader", roomId, userId);
                h.execute("UPDATE users SET handle = 'lake' WHERE id = ?", userId);
                return h.attach(SanctionDao.class).insert("mute", roomId, userId, "cool off", userId, 1L, null, null);
            }).join();

            assertEquals("co_leader", send(db, h -> SendStatements.of(h).roomFor(roomId, userId).orElseThrow().myRole()));
            assertTrue(muteAt(db, 10L).isPresent());
            assertEquals("lake", sendOne(db).senderHandle());
        }
    }

    @Test
    void aRememberedMuteWhoseTimeIsUpIsAskedAgain() {
        try (Db db = open()) {
            long lasting = db.write(h -> h.attach(SanctionDao.class)
                    .insert("mute", roomId, userId, "lasting", userId, 1L, null, null)).join();
            long timed = db.write(h -> h.attach(SanctionDao.class)
                    .insert("mute", roomId, userId, "timed", userId, 2L, 100L, null)).join();
            assertEquals(timed, muteAt(db, 50L).orElseThrow().id());
            // The newer, timed mute ends; the older one is still in force.
            assertEquals(lasting, muteAt(db, 150L).orElseThrow().id());

            db.write(h -> h.attach(SanctionDao.class).lift(200L, userId, lasting)).join();
            long shortOne = db.write(h -> h.attach(SanctionDao.class)
                    .insert("mute", roomId, userId, "short", userId, 3L, 300L, null)).join();
            assertEquals(shortOne, muteAt(db, 250L).orElseThrow().id());
            assertTrue(muteAt(db, 350L).isEmpty());
        }
    }

    private Db open() {
        return new Db(Database.open(dir.resolve("k.db")));
    }

    private static <T> T send(Db db, Function<Handle, T> work) {
        return db.writeRoomMessage(work, result -> { }).join();
    }

    private Optional<SanctionRow> muteAt(Db db, long now) {
        return send(db, h -> SendStatements.of(h).inForce(roomId, userId, "mute", now));
    }

    private MessageRow sendOne(Db db) {
        return send(db, h -> SendStatements.of(h).insertUnlessSent(roomId, userId, "k" + System.nanoTime(), "hello", 5L)
                .orElseThrow());
    }

    private void outsideTheWriter(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("k.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
