package org.kinship.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class WordListTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void blockedWordsAreRefusedWithTheReasonAndFlaggedWordsReachTheLeaders() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            JsonNode rules = river.ok("words.set", "rules", List.of(Map.of("word", "pills for sale", "action", "block"),
                    Map.of("word", "meet up", "action", "flag"))).path("rules");
            assertEquals(2, rules.size());

            JsonNode refused = sam.request("message.send", "roomId", group.roomId(), "clientKey", "a",
                    "body", "Got PILLS FOR SALE, message me");
            assertEquals("blocked_word", refused.path("code").asText());
            assertTrue(refused.path("message").asText().contains("pills for sale"));

            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "b", "body", "Anyone want to meet up after?");
            assertEquals("Anyone want to meet up after?", river.awaitEvent("message.new").path("message").path("body").asText());
            JsonNode flag = river.awaitEvent("report.new").path("report");
            assertTrue(flag.path("note").asText().contains("meet up"));
            assertTrue(!flag.has("reporterHandle"), "a word-list flag has no reporter");
            assertEquals("sam", flag.path("reportedHandle").asText());

            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "c", "body", "Let's meetup-free chat, spills happen");
            assertEquals("forbidden", sam.request("words.set", "rules", List.of()).path("code").asText());
            assertEquals("forbidden", sam.request("words.list").path("code").asText());
        }
        server.restart();
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            assertEquals("blocked_word", sam.request("message.send", "roomId", group.roomId(), "clientKey", "d",
                    "body", "pills for sale").path("code").asText(), "the list survives a restart");
        }
    }
}
