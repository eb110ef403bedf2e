package org.kinship.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class ChatFlowTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void twoPeopleExchangeMessagesAndEveryConnectionOfTheSenderSeesThem() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient riverPhone = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {

            JsonNode sent = river.ok("message.send", "roomId", group.roomId(), "clientKey", "k1", "body", "Welcome, everyone.")
                    .path("message");
            assertEquals(1, sent.path("seq").asLong());
            assertEquals("river", sent.path("senderHandle").asText());
            assertTrue(sent.hasNonNull("sentAt"));

            assertEquals("Welcome, everyone.", sam.awaitEvent("message.new").path("message").path("body").asText());
            assertEquals(1, riverPhone.awaitEvent("message.new").path("message").path("seq").asLong());

            JsonNode reply = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "s1", "body", "Thank you, glad to be here.")
                    .path("message");
            assertEquals(2, reply.path("seq").asLong());
            assertEquals("Thank you, glad to be here.", river.awaitEvent("message.new", m -> m.path("message").path("seq").asLong() == 2)
                    .path("message").path("body").asText());
        }
    }

    @Test
    void aRetriedSendWithTheSameKeyReturnsTheSameMessageAndStoresItOnce() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            JsonNode first = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "same-key", "body", "Day 12 today.");
            JsonNode retry = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "same-key", "body", "Day 12 today.");
            assertEquals(first.path("message"), retry.path("message"));
            JsonNode history = sam.ok("history", "roomId", group.roomId());
            assertEquals(1, history.path("messages").size());
        }
    }

    @Test
    void aRetryAfterTheRoomLocksStillGetsItsStoredMessageAndANewSendIsRefused() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            JsonNode first = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "before-lock", "body", "Made it through.");
            river.ok("room.update", "roomId", group.roomId(), "locked", true);
            JsonNode retry = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "before-lock", "body", "Made it through.");
            assertEquals(first.path("message"), retry.path("message"));
            assertEquals("room_locked", sam.request("message.send", "roomId", group.roomId(), "clientKey", "after-lock",
                    "body", "Still here.").path("code").asText());
        }
    }

    @Test
    void seqNumbersRunWithoutGapsUnderConcurrentSenders() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            int each = 40;
            for (int i = 0; i < each; i++) {
                river.sendText(WsClient.message("message.send", "id", "a" + i, "roomId", group.roomId(),
                        "clientKey", "a" + i, "body", "from river " + i).toString());
                sam.sendText(WsClient.message("message.send", "id", "b" + i, "roomId", group.roomId(),
                        "clientKey", "b" + i, "body", "from sam " + i).toString());
            }
            List<Long> seen = new ArrayList<>();
            for (int i = 0; i < 2 * each; i++) {
                seen.add(sam.awaitEvent("message.new").path("message").path("seq").asLong());
            }
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(i + 1, seen.get(i), "events arrive in seq order without gaps");
            }
        }
    }

    @Test
    void editAndDeleteOfOwnMessagesReachEveryoneAndOthersCannotChangeThem() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long seq = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "e1", "body", "Feeling low today")
                    .path("message").path("seq").asLong();

            JsonNode edited = sam.ok("message.edit", "roomId", group.roomId(), "seq", seq, "body", "Feeling a bit better today")
                    .path("message");
            assertTrue(edited.hasNonNull("editedAt"));
            assertEquals("Feeling a bit better today",
                    river.awaitEvent("message.updated").path("message").path("body").asText());

            JsonNode refused = river.request("message.delete", "roomId", group.roomId(), "seq", seq);
            assertEquals("not_your_message", refused.path("code").asText());

            JsonNode deleted = sam.ok("message.delete", "roomId", group.roomId(), "seq", seq).path("message");
            assertFalse(deleted.has("body"));
            JsonNode tombstone = river.awaitEvent("message.updated", m -> m.path("message").has("deletedAt")).path("message");
            assertFalse(tombstone.has("body"));
            assertEquals(seq, tombstone.path("seq").asLong());

            assertEquals("message_deleted",
                    sam.request("message.edit", "roomId", group.roomId(), "seq", seq, "body", "again").path("code").asText());
        }
    }

    @Test
    void historyPagesBackwardsInBoundedPages() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            for (int i = 1; i <= 25; i++) {
                sam.ok("message.send", "roomId", group.roomId(), "clientKey", "h" + i, "body", "note " + i);
            }
            JsonNode newest = sam.ok("history", "roomId", group.roomId(), "limit", 10);
            assertEquals(16, newest.path("messages").get(0).path("seq").asLong());
            assertEquals(25, newest.path("messages").get(9).path("seq").asLong());
            assertTrue(newest.path("hasMore").asBoolean());

            JsonNode older = sam.ok("history", "roomId", group.roomId(), "beforeSeq", 16, "limit", 10);
            assertEquals(6, older.path("messages").get(0).path("seq").asLong());
            JsonNode oldest = sam.ok("history", "roomId", group.roomId(), "beforeSeq", 6, "limit", 10);
            assertEquals(5, oldest.path("messages").size());
            assertFalse(oldest.path("hasMore").asBoolean());

            assertEquals("invalid_request", sam.request("history", "roomId", group.roomId(), "limit", 1000).path("code").asText());
        }
    }

    @Test
    void aNonMemberCanNeitherReadNorWriteTheRoom() throws Exception {
        Group group = Group.create(server);
        String other = server.api().register(Group.invite(server, group.adminCookie()), "alex");
        try (WsClient alex = WsClient.connect(server, other)) {
            assertEquals("not_a_member", alex.request("history", "roomId", group.roomId()).path("code").asText());
            assertEquals("not_a_member", alex.request("message.send", "roomId", group.roomId(), "clientKey", "x",
                    "body", "hello").path("code").asText());
            assertEquals("not_a_member", alex.request("resume", "rooms",
                    List.of(java.util.Map.of("roomId", group.roomId(), "afterSeq", 0, "afterRev", 0))).path("code").asText());
            assertEquals("not_found", alex.request("history", "roomId", 9999).path("code").asText());
        }
    }

    @Test
    void emptyAndOverlongBodiesAreRefusedWithClearCodes() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            assertEquals("body_empty", sam.request("message.send", "roomId", group.roomId(), "clientKey", "x", "body", "   ")
                    .path("code").asText());
            assertEquals("body_too_long", sam.request("message.send", "roomId", group.roomId(), "clientKey", "y",
                    "body", "a".repeat(MessageRules.MAX_BODY_CHARS + 1)).path("code").asText());
            assertEquals(0, sam.ok("history", "roomId", group.roomId()).path("messages").size());
        }
    }
}
