package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void openingTwiceMigratesOnceAndKeepsData() {
        Path file = dir.resolve("nested/kinship.db");
        try (Db db = new Db(Database.open(file))) {
            db.write(h -> h.attach(UserDao.class).insert("river", "hash", "admin", 1L)).join();
        }
        try (Db db = new Db(Database.open(file))) {
            assertEquals(1L, (long) db.readNow(h -> h.attach(UserDao.class).count()));
            assertEquals(Migrations.FILES.size(), (int) db.readNow(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one()));
            assertEquals("wal", db.readNow(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
        }
    }

    @Test
    void aFailingWriteRollsBackAloneWhileItsBatchCommits() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            var good = db.write(h -> h.attach(UserDao.class).insert("river", "hash", "admin", 1L));
            var bad = db.write(h -> h.attach(UserDao.class).insert("RIVER", "hash", "admin", 1L)); // same handle, any case
            var alsoGood = db.write(h -> h.attach(UserDao.class).insert("sam", "hash", "participant", 1L));
            good.join();
            alsoGood.join();
            assertThrows(CompletionException.class, bad::join);
            assertEquals(2L, (long) db.readNow(h -> h.attach(UserDao.class).count()));
        }
    }

    @Test
    void anErrorInOneWriteFailsThatWriteAloneAndTheWriterLivesOn() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            var good = db.write(h -> h.attach(UserDao.class).insert("river", "hash", "admin", 1L));
            var broken = db.write(h -> {
                throw new AssertionError("a bug in one handler");
            });
            var afterCommit = db.write(h -> h.attach(UserDao.class).insert("sam", "hash", "participant", 1L), id -> {
                throw new AssertionError("a bug after the commit");
            });
            good.join();
            CompletionException failed = assertThrows(CompletionException.class, broken::join);
            assertTrue(failed.getCause() instanceof AssertionError, failed.toString());
            afterCommit.join(); // committed: the ack stands even though the notification failed
            db.write(h -> h.attach(UserDao.class).insert("jo.m", "hash", "participant", 1L)).join();
            assertEquals(3L, (long) db.readNow(h -> h.attach(UserDao.class).count()), "later writes still commit");
        }
    }

    @Test
    void readsRunOnReadOnlyConnections() {
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> db.read(h -> h.execute("DELETE FROM users")).join());
            assertTrue(e.getCause().getMessage().toLowerCase().contains("readonly")
                    || e.getCause().getMessage().toLowerCase().contains("read-only")
                    || e.getCause().getMessage().toLowerCase().contains("query_only")
                    || e.getCause().toString().toLowerCase().contains("readonly"), e.getCause().toString());
        }
    }

    @Test
    void aCorruptFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("corrupt.db");
        byte[] garbage = "this is not a database, just some words".repeat(200).getBytes();
        Files.write(file, garbage);
        assertThrows(RuntimeException.class, () -> Database.open(file));
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(file)));
    }

    @Test
    void resumeFindsChangesThroughTheChangedByRevIndexes() throws Exception {
        String rooms = MessageDao.class.getMethod("changedSince", long.class, long.class, long.class, int.class)
                .getAnnotation(SqlQuery.class).value();
        String conversations = ConversationDao.class.getMethod("changedSince", long.class, long.class, long.class, long.class, int.class)
                .getAnnotation(SqlQuery.class).value();
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            String roomPlan = plan(db, rooms, 4);
            String conversationPlan = plan(db, conversations, 5);
            assertTrue(roomPlan.contains("USING INDEX messages_changed_by_rev"), roomPlan);
            assertTrue(conversationPlan.contains("USING INDEX conversation_messages_changed_by_rev"), conversationPlan);
        }
    }

    @Test
    void aRetryIsFoundByItsClientKeyAndAWalkBackReadsTheRoomInKeyOrder() throws Exception {
        String walk = MessageDao.class.getMethod("newestFirst", long.class).getAnnotation(SqlQuery.class).value();
        try (Db db = new Db(Database.open(dir.resolve("k.db")))) {
            String retryPlan = plan(db, SendStatements.SEQ_BY_CLIENT_KEY, 3);
            String walkPlan = plan(db, walk, 1);
            assertTrue(retryPlan.contains("(client_key=? AND room_id=? AND sender_id=?)"), retryPlan);
            assertTrue(walkPlan.contains("USING PRIMARY KEY (room_id=?)") && !walkPlan.contains("TEMP B-TREE"), walkPlan);
        }
    }

    private static String plan(Db db, String sql, int parameters) {
        return db.readNow(h -> {
            var query = h.createQuery("EXPLAIN QUERY PLAN " + sql);
            for (int i = 0; i < parameters; i++) {
                query.bind(i, 1L);
            }
            return String.join("\n", query.map((rs, ctx) -> rs.getString("detail")).list());
        });
    }
}
