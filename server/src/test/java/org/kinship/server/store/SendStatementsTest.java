package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send's own statements return what the DAOs read back: a reply carries the row as committed; and a
 * retry under a stored client key stores nothing.
 */
class SendStatementsTest {
    @TempDir
    Path dir;

    @Test
    void anInsertReturnsTheRowAsStoredForPlainAndOddTexts() {
        List<String> bodies = List.of("hello", "caf\u00e9 \ud83d\ude00 \u4f60\u597d", "lone \ud800 high", "lone \udc00 low",
                "ends high \ud83d", "nul \u0000 inside");
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            long userId = db.write(h -> h.attach(UserDao.class).insert("river", "hash", "admin", 1L)).join();
            long roomId = db.write(h -> h.attach(RoomDao.class).insert("Room", "", userId, 1L)).join();
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                String key = "key-" + i + (i % 2 == 0 ? "" : " \ud800");
                MessageRow inserted = db.writeRoomMessage(h -> SendStatements.of(h)
                        .insertUnlessSent(roomId, userId, key, body, 5L).orElseThrow(), row -> { }).join();
                MessageRow stored = db.readNow(h -> h.attach(MessageDao.class).find(roomId, inserted.seq()).orElseThrow());
                assertEquals(stored, inserted, body);
                MessageRow again = db.write(h -> SendStatements.of(h).findByClientKey(roomId, userId, stored.clientKey())
                        .orElseThrow()).join();
                assertEquals(stored, again, body);
                assertTrue(db.writeRoomMessage(h -> SendStatements.of(h).insertUnlessSent(roomId, userId, key, "a retry", 6L),
                        row -> { }).join().isEmpty(), body);
            }
            assertTrue(db.write(h -> SendStatements.of(h).findByClientKey(roomId, userId, "never sent").isEmpty()).join());
        }
    }

    @Test
    void onlyWellFormedTextsWithoutNulAreTakenAsStoredAsGiven() {
        assertTrue(SendStatements.storedAsGiven("plain \ud83d\ude00"));
        assertFalse(SendStatements.storedAsGiven("\ud800"));
        assertFalse(SendStatements.storedAsGiven("a\udc00b"));
        assertFalse(SendStatements.storedAsGiven("x\u0000"));
    }
}
