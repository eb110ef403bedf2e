package org.kinship.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.config.RateLimits;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class RateLimitTest {
    @RegisterExtension
    final TestServer server = new TestServer(RateLimits.DEFAULT);

    @Test
    void aFloodOfMessagesIsRateLimitedWithARetryTimeAndOthersAreUnaffected() throws Exception {
        Group group = Group.create(server);
        server.clock().freeze(); // on a slow machine real time would refill the bucket mid-flood
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            int burst = RateLimits.DEFAULT.messageBurst();
            for (int i = 0; i < burst; i++) {
                sam.ok("message.send", "roomId", group.roomId(), "clientKey", "k" + i, "body", "message " + i);
            }
            JsonNode limited = sam.request("message.send", "roomId", group.roomId(), "clientKey", "over", "body", "one too many");
            assertEquals("rate_limited", limited.path("code").asText());
            long wait = limited.path("retryAfterMs").asLong();
            assertTrue(wait > 0 && wait <= 1000, limited.toString());
            assertEquals("ok", river.request("message.send", "roomId", group.roomId(), "clientKey", "r", "body", "fine")
                    .path("type").asText(), "one person's limit is theirs alone");
            assertEquals("rooms", sam.ok("rooms.list").path("kind").asText(), "reads are not held to the message limit");

            server.clock().advance(Duration.ofMillis(wait));
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "over", "body", "one too many");
            assertEquals(burst + 2, river.ok("history", "roomId", group.roomId(), "limit", 100).path("messages").size(),
                    "nothing refused was stored, nothing accepted was lost");
        }
    }

    @Test
    void privateMessagesShareThePersonsMessageAllowance() throws Exception {
        Group group = Group.create(server);
        server.clock().freeze();
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long conversationId = river.ok("conversation.open", "userId", samId).path("conversation").path("id").asLong();
            int burst = RateLimits.DEFAULT.messageBurst();
            for (int i = 0; i < burst / 2; i++) {
                sam.ok("message.send", "roomId", group.roomId(), "clientKey", "r" + i, "body", "room " + i);
            }
            for (int i = burst / 2; i < burst; i++) {
                sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "c" + i, "body", "private " + i);
            }
            assertEquals("rate_limited", sam.request("conversation.send", "conversationId", conversationId,
                    "clientKey", "over", "body", "one too many").path("code").asText(), "a flood in private is limited too");
        }
    }
}
