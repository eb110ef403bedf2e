package org.kinship.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class ResumeTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aReconnectingClientGetsExactlyWhatItMissedInOrder() throws Exception {
        Group group = Group.create(server);
        long lastSeq;
        long lastRev;
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId());
             WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            for (int i = 1; i <= 3; i++) {
                river.ok("message.send", "roomId", group.roomId(), "clientKey", "before" + i, "body", "before " + i);
            }
            JsonNode third = sam.awaitEvent("message.new", m -> m.path("message").path("seq").asLong() == 3).path("message");
            lastSeq = third.path("seq").asLong();
            lastRev = third.path("rev").asLong();
            sam.drop();

            for (int i = 1; i <= 5; i++) {
                river.ok("message.send", "roomId", group.roomId(), "clientKey", "missed" + i, "body", "missed " + i);
            }
            river.ok("message.edit", "roomId", group.roomId(), "seq", 2, "body", "before 2, corrected");
        }
        try (WsClient back = WsClient.connect(server, group.memberCookie())) {
            JsonNode room = back.ok("resume", "rooms", List.of(cursor(group.roomId(), lastSeq, lastRev))).path("rooms").get(0);
            assertFalse(room.path("gap").asBoolean());
            List<Long> seqs = new ArrayList<>();
            room.path("messages").forEach(m -> seqs.add(m.path("seq").asLong()));
            assertEquals(List.of(4L, 5L, 6L, 7L, 8L), seqs);
            assertEquals(1, room.path("changed").size());
            assertEquals("before 2, corrected", room.path("changed").get(0).path("body").asText());
            assertEquals(8, room.path("lastSeq").asLong());

            JsonNode holdingAll = back.ok("resume", "rooms", List.of(cursor(group.roomId(), 8, lastRev))).path("rooms").get(0);
            assertEquals(0, holdingAll.path("messages").size());
            assertEquals(1, holdingAll.path("changed").size(), "changed lists edits and deletions, not the messages sent since");
            assertEquals(2, holdingAll.path("changed").get(0).path("seq").asLong());
        }
    }

    @Test
    void resumingWhileOthersSendLosesNothingAndDuplicatesNothing() throws Exception {
        Group group = Group.create(server);
        int total = 300;
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            Thread sender = new Thread(() -> {
                for (int i = 0; i < total; i++) {
                    river.sendText(WsClient.message("message.send", "id", "s" + i, "roomId", group.roomId(),
                            "clientKey", "s" + i, "body", "live " + i).toString());
                }
            });
            sender.start();
            try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
                Thread.sleep(5); // let some messages land before the resume, and some after
                JsonNode room = sam.ok("resume", "rooms", List.of(cursor(group.roomId(), 0, 0))).path("rooms").get(0);
                List<Long> seen = new ArrayList<>();
                room.path("messages").forEach(m -> seen.add(m.path("seq").asLong()));
                while (seen.size() < total) {
                    seen.add(sam.awaitEvent("message.new").path("message").path("seq").asLong());
                }
                for (int i = 0; i < total; i++) {
                    assertEquals(i + 1, seen.get(i), "every seq once, in order");
                }
                assertTrue(sam.drain(Duration.ofMillis(200)).stream().noneMatch(m -> "message.new".equals(m.path("type").asText())),
                        "nothing arrives twice");
            }
            sender.join();
        }
    }

    @Test
    void aGapTooLargeIsReportedAndHistoryFillsIt() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            int count = ResumeService.MAX_RESUME_MESSAGES + 10;
            for (int i = 0; i < count; i++) {
                river.sendText(WsClient.message("message.send", "id", "g" + i, "roomId", group.roomId(),
                        "clientKey", "g" + i, "body", "message " + i).toString());
            }
            river.awaitReply("g" + (count - 1));
            try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
                JsonNode room = sam.ok("resume", "rooms", List.of(cursor(group.roomId(), 0, 0))).path("rooms").get(0);
                assertTrue(room.path("gap").asBoolean());
                assertEquals(0, room.path("messages").size());
                assertEquals(count, room.path("lastSeq").asLong());
                JsonNode page = sam.ok("history", "roomId", group.roomId(), "limit", 100);
                assertEquals(count, page.path("messages").get(99).path("seq").asLong());
                // subscribed despite the gap: live messages flow
                river.ok("message.send", "roomId", group.roomId(), "clientKey", "after-gap", "body", "still here");
                assertEquals(count + 1, sam.awaitEvent("message.new").path("message").path("seq").asLong());
            }
        }
    }

    static Map<String, Object> cursor(long roomId, long afterSeq, long afterRev) {
        return Map.of("roomId", roomId, "afterSeq", afterSeq, "afterRev", afterRev);
    }
}
