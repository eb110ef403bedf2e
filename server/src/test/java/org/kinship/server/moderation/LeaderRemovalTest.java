package org.kinship.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class LeaderRemovalTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void everyoneSeesALeadersTombstoneAndTheReasonGoesOnlyToTheAuditTrail() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long seq = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "s", "body", "a hurtful thing")
                    .path("message").path("seq").asLong();
            JsonNode removed = river.ok("message.remove", "roomId", group.roomId(), "seq", seq, "reason", "Unkind to another member")
                    .path("message");
            assertEquals("leader", removed.path("deletedBy").asText());
            JsonNode seen = sam.awaitEvent("message.updated").path("message");
            assertEquals("leader", seen.path("deletedBy").asText());
            assertFalse(seen.has("body"));
            assertFalse(seen.toString().contains("Unkind"), "the reason is not broadcast");

            assertEquals("forbidden", sam.request("message.remove", "roomId", group.roomId(), "seq", seq, "reason", "x")
                    .path("code").asText());
            assertEquals("message_deleted", river.request("message.remove", "roomId", group.roomId(), "seq", seq,
                    "reason", "again").path("code").asText());
            JsonNode log = river.ok("audit.list", "roomId", group.roomId()).path("records");
            JsonNode record = log.get(0).path("action").asText().equals("message.removed") ? log.get(0) : log.get(1);
            assertEquals("message.removed", record.path("action").asText());
            assertTrue(record.path("detail").asText().contains("Unkind to another member"));
            assertFalse(record.path("detail").asText().contains("hurtful"), "never the message body");
        }
    }
}
