package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class ErasureTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private static final String HANDLE = "quillon_x";

    @Test
    void erasureLeavesNoRowWithThePersonsIdOrHandleOutsideTheAuditTrail() throws Exception {
        Group group = Group.create(server);
        String cookie = group.addMember(server, HANDLE, "participant");
        long me = Group.userId(server, cookie);
        long river = Group.userId(server, group.adminCookie());
        long seq;
        try (WsClient riverWs = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient mine = WsClient.connect(server, cookie)) {
            seq = mine.ok("message.send", "roomId", group.roomId(), "clientKey", "q1", "body", "my-erasure-marker words")
                    .path("message").path("seq").asLong();
            riverWs.awaitEvent("message.new");
            mine.ok("user.block", "userId", river);
            mine.ok("support.request", "roomId", group.roomId());
            mine.ok("report.create", "roomId", group.roomId(), "userId", river, "category", "other");
            riverWs.ok("sanction.apply", "roomId", group.roomId(), "userId", me, "kind", "warning", "reason", "A kind word.");
            riverWs.ok("user.profile.set", "userId", me, "realName", "Q. X.");
            try (Sql sql = new Sql(server.databaseFile())) {
                long now = server.clock().millis();
                sql.update("INSERT INTO checkins (user_id, day, mood, craving, note, recorded_at) VALUES (?, '2026-11-22', 3, 1, '', ?)", me, now);
                long conversation = ExportTest.insertDirect(sql, river, me, now);
                sql.update("INSERT INTO conversation_messages VALUES (?, 1, 1, ?, 'c1', 'my-private-erasure-marker', ?, NULL, NULL)", conversation, me, now);
                sql.update("INSERT INTO conversation_messages VALUES (?, 2, 2, ?, 'c2', 'rivers reply stays', ?, NULL, NULL)", conversation, river, now);
            }

            assertEquals("invalid_credentials", server.api().post("/api/account/delete", Map.of("password", "not-my-password!"), cookie).code());
            Api.Response deleted = server.api().post("/api/account/delete", Map.of("password", Api.password(HANDLE)), cookie);
            assertEquals(200, deleted.status(), deleted.body().toString());
            assertEquals(4001, mine.awaitClose(), "every socket of theirs closes");

            JsonNode tombstone = riverWs.awaitEvent("message.updated").path("message");
            assertEquals(seq, tombstone.path("seq").asLong());
            assertFalse(tombstone.has("body"));
            assertTrue(tombstone.path("senderHandle").asText().startsWith("former member"), tombstone.toString());
        }

        try (Sql sql = new Sql(server.databaseFile())) {
            List<String> leftovers = new ArrayList<>();
            for (String table : sql.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'audit_log'")) {
                for (String column : sql.strings("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = 'users'", table)) {
                    if (sql.number("SELECT count(*) FROM \"" + table + "\" WHERE \"" + column + "\" = ?", me) > 0) {
                        leftovers.add(table + "." + column);
                    }
                }
                for (String column : sql.strings("SELECT name FROM pragma_table_info(?)", table)) {
                    if (sql.number("SELECT count(*) FROM \"" + table + "\" WHERE instr(lower(CAST(\"" + column + "\" AS TEXT)), ?) > 0",
                            HANDLE) > 0) {
                        leftovers.add(table + "." + column + " holds the handle");
                    }
                }
            }
            assertEquals(0, sql.number("SELECT count(*) FROM users WHERE id = ?", me));
            assertEquals(List.of(), leftovers);
            assertEquals(List.of("-", "rivers reply stays"), sql.strings("SELECT coalesce(body, '-') FROM conversation_messages ORDER BY seq"),
                    "their private words are gone, the other person's stay");
            assertFalse(sql.strings("SELECT detail FROM audit_log WHERE action = 'account.deleted' AND target_user_id = ?", me).isEmpty(),
                    "the trail keeps the action");
        }
        assertEquals("invalid_credentials", server.api().post("/api/login",
                Map.of("handle", HANDLE, "password", Api.password(HANDLE))).code());
    }

    @Test
    void theOnlyAdminCannotDeleteTheirAccount() throws Exception {
        Group group = Group.create(server);
        Api.Response refused = server.api().post("/api/account/delete", Map.of("password", Api.password("river")), group.adminCookie());
        assertEquals(403, refused.status());
        assertEquals("forbidden", refused.code());
    }

    @Test
    void aCoachOnDutyWhoDeletesTheirAccountEndsTheirCoachingAndGoesOffDuty() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));
            sam.awaitEvent("coaching.changed");
            try (WsClient joWs = WsClient.connect(server, jo)) {
                joWs.ok("duty.set", "onDuty", true);
            }
            assertEquals("jo.m", sam.awaitEvent("duty.changed").path("onDuty").get(0).path("handle").asText());
            assertEquals(200, server.api().post("/api/account/delete", Map.of("password", Api.password("jo.m")), jo).status());
            assertTrue(sam.awaitEvent("duty.changed").path("onDuty").isEmpty(), "a leader who leaves is no longer shown on duty");
            JsonNode told = sam.awaitEvent("coaching.changed").path("coaching");
            assertFalse(told.has("coachId"), "no coach now, not a stand-in");
            assertFalse(sam.ok("coaching.get").path("coaching").has("coachId"));
            assertTrue(sam.ok("coach.request").path("coaching").has("requestedAt"), "and they can ask for someone new");
            assertTrue(sam.ok("duty.list").path("onDuty").isEmpty());
        }
    }
}
