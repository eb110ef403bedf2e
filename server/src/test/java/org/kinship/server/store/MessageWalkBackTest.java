package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups of one person's messages in a room walk back from the room's newest message (no index leads with
 * room and sender since V011): they must find what they did with one, and stop where they should.
 */
class MessageWalkBackTest {
    @TempDir
    Path dir;

    @Test
    void slowModeSeesTheLatestPostInsideTheWindowOnly() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            Room room = room(db);
            db.write(h -> {
                insert(h, room.id, 1, room.sam, 1_000);
                insert(h, room.id, 2, room.river, 5_000);
                insert(h, room.id, 3, room.sam, 6_000);
                insert(h, room.id, 4, room.river, 9_000);
                return null;
            }).join();
            assertEquals(Optional.of(6_000L), lastSentSince(db, room.id, room.sam, 6_000));
            assertEquals(Optional.of(6_000L), lastSentSince(db, room.id, room.sam, 2_000));
            assertEquals(Optional.empty(), lastSentSince(db, room.id, room.sam, 6_001), "the earlier post is outside the window");
            assertEquals(Optional.of(9_000L), lastSentSince(db, room.id, room.river, 0));
            assertEquals(Optional.empty(), lastSentSince(db, room.id, room.jo, 0), "never posted");
        }
    }

    @Test
    void aPurgeTakesThePersonsLiveMessagesSinceItsTimeInOrder() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            Room room = room(db);
            db.write(h -> {
                insert(h, room.id, 1, room.sam, 1_000);
                insert(h, room.id, 2, room.sam, 2_000);
                insert(h, room.id, 3, room.river, 3_000);
                insert(h, room.id, 4, room.sam, 4_000);
                insert(h, room.id, 5, room.sam, 5_000);
                insert(h, room.id, 6, room.river, 6_000);
                h.execute("UPDATE messages SET deleted_at = 5500, body = NULL WHERE seq = 4");
                return null;
            }).join();
            assertEquals(List.of(2L, 5L), db.readNow(h -> h.attach(MessageDao.class).seqsBySenderSince(room.id, room.sam, 2_000)));
            assertEquals(List.of(), db.readNow(h -> h.attach(MessageDao.class).seqsBySenderSince(room.id, room.sam, 5_001)));
        }
    }

    @Test
    void aPersonsNewestMessagesComeFromTheRoomsLatestOnes() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            Room room = room(db);
            int others = MessageDao.LOOK_BACK - 2;
            db.write(h -> {
                insert(h, room.id, 1, room.jo, 1);
                insert(h, room.id, 2, room.sam, 2);
                insert(h, room.id, 3, room.sam, 3);
                for (int i = 0; i < others; i++) {
                    insert(h, room.id, 4 + i, room.river, 4 + i);
                }
                insert(h, room.id, 4 + others, room.sam, 4 + others);
                return null;
            }).join();
            // The room's latest LOOK_BACK messages start at seq 3, so sam's seq 2 and jo's only message fall outside.
            assertEquals(List.of(3L, 4L + others), seqs(db.readNow(h -> h.attach(MessageDao.class).lastBySender(room.id, room.sam, 5))));
            assertEquals(List.of(4L + others), seqs(db.readNow(h -> h.attach(MessageDao.class).lastBySender(room.id, room.sam, 1))));
            assertEquals(List.of(), db.readNow(h -> h.attach(MessageDao.class).lastBySender(room.id, room.jo, 5)));
        }
    }

    private record Room(long id, long river, long sam, long jo) {
    }

    private static Room room(Db db) {
        return db.write(h -> {
            UserDao users = h.attach(UserDao.class);
            long river = users.insert("river", "hash", "admin", 1L);
            long sam = users.insert("sam", "hash", "participant", 1L);
            long jo = users.insert("jo", "hash", "participant", 1L);
            return new Room(h.attach(RoomDao.class).insert("Room", "", river, 1L), river, sam, jo);
        }).join();
    }

    private static void insert(Handle h, long roomId, long seq, long senderId, long createdAt) {
        h.execute("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                roomId, seq, seq, senderId, "key-" + seq, "words", createdAt);
    }

    private static Optional<Long> lastSentSince(Db db, long roomId, long senderId, long since) {
        return db.readNow(h -> h.attach(MessageDao.class).lastSentSince(roomId, senderId, since));
    }

    private static List<Long> seqs(List<MessageRow> rows) {
        return rows.stream().map(MessageRow::seq).toList();
    }
}
