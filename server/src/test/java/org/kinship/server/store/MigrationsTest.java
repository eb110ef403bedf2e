package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file made by an earlier server keeps everything it holds when this one migrates it. */
class MigrationsTest {
    private static final String MESSAGES = "SELECT * FROM messages ORDER BY room_id, seq";
    private static final String CONVERSATION_MESSAGES = "SELECT * FROM conversation_messages ORDER BY conversation_id, seq";

    @TempDir
    Path dir;

    @Test
    void rebuildingTheMessageTablesKeepsEveryRowAndTheRetryCheck() throws IOException {
        Path file = dir.resolve("kinship.db");
        Jdbi before = Jdbi.create("jdbc:sqlite:" + file);
        before.useHandle(h -> {
            for (String name : Migrations.FILES.subList(0, 10)) {
                h.createScript(resource(name)).execute();
            }
            h.execute("PRAGMA user_version = 10");
            h.execute("INSERT INTO users (id, handle, password_hash, org_role, created_at) VALUES (1, 'river', 'x', 'admin', 0)");
            h.execute("INSERT INTO users (id, handle, password_hash, org_role, created_at) VALUES (2, 'sam', 'x', 'participant', 0)");
            h.execute("INSERT INTO rooms (id, name, created_at) VALUES (7, 'Room', 0)");
            h.execute("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at) VALUES (7, 1, 1, 2, 'a', 'hello', 10)");
            h.execute("""
                    INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at, edited_at, deleted_at,
                        deleted_by, deleted_by_role, pinned_at) VALUES (7, 2, 4, 2, 'b', NULL, 11, 12, 13, 1, 'leader', NULL)""");
            h.execute("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at, pinned_at) VALUES (7, 3, 3, 1, 'a', 'pinned', 14, 15)");
            h.execute("INSERT INTO conversations (id, kind, user_a, user_b, created_at) VALUES (3, 'direct', 1, 2, 0)");
            h.execute("""
                    INSERT INTO conversation_messages (conversation_id, seq, rev, sender_id, client_key, body, created_at, edited_at)
                    VALUES (3, 1, 2, 2, 'c', 'edited', 20, 21)""");
        });
        List<Map<String, Object>> messages = rows(before, MESSAGES);
        List<Map<String, Object>> conversationMessages = rows(before, CONVERSATION_MESSAGES);

        try (Db db = new Db(Database.open(file))) {
            assertEquals(Migrations.FILES.size(), (int) db.readNow(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one()));
        }
        assertEquals(messages, rows(before, MESSAGES));
        assertEquals(conversationMessages, rows(before, CONVERSATION_MESSAGES));
        assertEquals(3, messages.size());
        assertEquals(1, conversationMessages.size());
        before.useHandle(h -> {
            assertEquals(0, h.execute("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at)"
                    + " VALUES (7, 4, 5, 2, 'a', 'a retry', 30) ON CONFLICT (client_key, room_id, sender_id) DO NOTHING"));
            assertEquals(1, h.execute("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at)"
                    + " VALUES (7, 4, 5, 2, 'd', 'new', 30) ON CONFLICT (client_key, room_id, sender_id) DO NOTHING"));
            List<String> indexes = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE '%messages'")
                    .mapTo(String.class).list();
            assertTrue(indexes.containsAll(List.of("messages_changed_by_rev", "conversation_messages_changed_by_rev")), indexes.toString());
        });
    }

    private static List<Map<String, Object>> rows(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
