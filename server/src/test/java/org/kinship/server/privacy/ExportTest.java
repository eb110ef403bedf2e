package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class ExportTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aPersonDownloadsEverythingHeldAboutThemAndNothingOfOthers() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long sam = Group.userId(server, group.memberCookie());
        long river = Group.userId(server, group.adminCookie());
        long joId = Group.userId(server, jo);
        try (WsClient riverWs = WsClient.connect(server, group.adminCookie());
             WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            long elsewhere = riverWs.ok("room.create", "name", "Leaders only").path("room").path("id").asLong();
            riverWs.ok("message.send", "roomId", elsewhere, "clientKey", "x", "body", "marker-room-never-joined");
            riverWs.ok("message.send", "roomId", group.roomId(), "clientKey", "y", "body", "marker-someone-else-in-my-room");
            samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "s1", "body", "marker-sams-own-words");
            samWs.ok("user.block", "userId", joId);
            samWs.ok("support.request", "roomId", group.roomId());
            riverWs.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "warning",
                    "reason", "Please keep names of people outside the room out of it.");
            riverWs.ok("user.profile.set", "userId", sam, "realName", "Sam K.", "contactNote", "Prefers texts");
        }
        try (Sql sql = new Sql(server.databaseFile())) {
            long now = server.clock().millis();
            sql.update("INSERT INTO checkins (user_id, day, mood, craving, note, recorded_at) VALUES (?, '2026-11-22', 4, 2, 'marker-checkin-note', ?)", sam, now);
            sql.update("INSERT INTO recovery_dates (user_id, start_date, updated_at) VALUES (?, '2026-10-23', ?)", sam, now);
            long mine = insertDirect(sql, river, sam, now);
            sql.update("INSERT INTO conversation_messages VALUES (?, 1, 1, ?, 'c1', 'marker-sams-private-words', ?, NULL, NULL)", mine, sam, now);
            sql.update("INSERT INTO conversation_messages VALUES (?, 2, 2, ?, 'c2', 'marker-rivers-private-reply', ?, NULL, NULL)", mine, river, now);
            long theirs = insertDirect(sql, river, joId, now);
            sql.update("INSERT INTO conversation_messages VALUES (?, 1, 1, ?, 'c3', 'marker-someone-elses-conversation', ?, NULL, NULL)", theirs, joId, now);
        }

        Api.Response response = server.api().get("/api/export", group.memberCookie());
        assertEquals(200, response.status());
        JsonNode export = response.body();
        String text = export.toString();
        assertEquals("sam", export.path("account").path("handle").asText());
        assertEquals("participant", export.path("account").path("role").asText());
        assertEquals("Sam K.", export.path("profile").get(0).path("realName").asText());
        assertEquals("Evening check-in", export.path("memberships").get(0).path("roomName").asText());
        assertEquals("warning", export.path("sanctions").get(0).path("kind").asText());
        assertEquals("marker-sams-own-words", export.path("roomMessages").get(0).path("body").asText());
        assertEquals("marker-sams-private-words", export.path("conversationMessages").get(0).path("body").asText());
        assertEquals(1, export.path("conversations").size());
        assertEquals("marker-checkin-note", export.path("checkins").get(0).path("note").asText());
        assertEquals("2026-10-23", export.path("recoveryDate").get(0).path("startDate").asText());
        assertEquals("jo.m", export.path("blocks").get(0).path("handle").asText());
        assertEquals("button", export.path("supportAlerts").get(0).path("source").asText());
        assertTrue(export.path("sessions").size() >= 1);
        for (String notMine : new String[] {"marker-room-never-joined", "marker-someone-else-in-my-room",
                "marker-rivers-private-reply", "marker-someone-elses-conversation"}) {
            assertFalse(text.contains(notMine), notMine + " is someone else's");
        }
        assertFalse(text.contains("token"), "no token or token hash");

        try (WsClient riverWs = WsClient.connect(server, group.adminCookie())) {
            JsonNode record = riverWs.ok("audit.list", "action", "export.downloaded").path("records").get(0);
            assertEquals(sam, record.path("targetUserId").asLong());
        }
        assertEquals(401, server.api().get("/api/export", null).status());
    }

    /** A direct conversation between two people, user_a below user_b as the schema wants. */
    static long insertDirect(Sql sql, long one, long other, long now) throws Exception {
        sql.update("INSERT INTO conversations (kind, user_a, user_b, created_at, last_seq, last_rev) VALUES ('direct', ?, ?, ?, 0, 0)",
                Math.min(one, other), Math.max(one, other), now);
        long id = sql.number("SELECT max(id) FROM conversations");
        sql.update("UPDATE conversations SET last_seq = 2, last_rev = 2 WHERE id = ?", id);
        return id;
    }
}
