package org.kinship.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class DurabilityTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aRestartKeepsEveryAcknowledgedMessageAndTheSignIn() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            for (int i = 1; i <= 20; i++) {
                sam.ok("message.send", "roomId", group.roomId(), "clientKey", "d" + i, "body", "kept " + i);
            }
        }
        server.restart();
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode history = sam.ok("history", "roomId", group.roomId(), "limit", 100);
            assertEquals(20, history.path("messages").size());
            for (int i = 0; i < 20; i++) {
                assertEquals(i + 1, history.path("messages").get(i).path("seq").asLong());
                assertEquals("kept " + (i + 1), history.path("messages").get(i).path("body").asText());
            }
            JsonNode next = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "d21", "body", "after restart");
            assertEquals(21, next.path("message").path("seq").asLong(), "numbering continues without a gap");
            JsonNode retried = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "d5", "body", "kept 5");
            assertEquals(5, retried.path("message").path("seq").asLong(), "a retry across a restart is still deduplicated");
        }
    }

    @Test
    void shutdownAcknowledgesQueuedSendsThenClosesSocketsWithGoingAway() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            for (int i = 0; i < 50; i++) {
                sam.sendText(WsClient.message("message.send", "id", "q" + i, "roomId", group.roomId(),
                        "clientKey", "q" + i, "body", "queued " + i).toString());
            }
            sam.awaitReply("q0");
            server.stop();
            assertEquals(1001, sam.awaitClose());
            long acknowledged = sam.drain(java.time.Duration.ZERO).stream()
                    .filter(m -> "ok".equals(m.path("type").asText())).count() + 1;
            server.restart();
            try (WsClient again = WsClient.connect(server, group.memberCookie())) {
                long stored = again.ok("history", "roomId", group.roomId(), "limit", 100).path("messages").size();
                assertTrue(stored >= acknowledged, "every acknowledged send is stored: " + acknowledged + " <= " + stored);
            }
        }
    }
}
