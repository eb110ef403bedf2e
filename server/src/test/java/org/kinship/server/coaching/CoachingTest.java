package org.kinship.server.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Settings;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** Coach relationships, the request queue, handoffs and caseloads, driven through a real server. */
class CoachingTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aCoachAndParticipantWriteOnlyToEachOtherAndOutsidersAreRefused() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String kim = group.addMember(server, "kim.p", "peer_leader");
        String sue = group.addMember(server, "sue.s", "supervisor");
        String ana = group.addMember(server, "ana.r", "participant");
        long samId = Group.userId(server, group.memberCookie());
        long joId = Group.userId(server, jo);
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie());
             WsClient kimWs = WsClient.connect(server, kim);
             WsClient sueWs = WsClient.connect(server, sue);
             WsClient anaWs = WsClient.connect(server, ana)) {
            JsonNode assigned = river.ok("coach.assign", "participantId", samId, "coachId", joId).path("coaching");
            assertEquals("jo.m", assigned.path("coachHandle").asText());
            assertEquals("jo.m", sam.awaitEvent("coaching.changed").path("coaching").path("coachHandle").asText(),
                    "the participant is told who their coach is");
            long conversationId = assigned.path("conversationId").asLong();
            assertEquals(conversationId, joWs.awaitEvent("caseload.changed").path("caseload").path("entries").get(0)
                    .path("conversationId").asLong());

            JsonNode sent = sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "k1",
                    "body", "Rough day. Can we talk tonight?").path("message");
            assertEquals(1, sent.path("seq").asLong());
            assertEquals("Rough day. Can we talk tonight?",
                    joWs.awaitEvent("conversation.message").path("message").path("body").asText());

            for (WsClient outsider : List.of(anaWs, kimWs, sueWs, river)) {
                assertEquals("forbidden", outsider.request("conversation.history", "conversationId", conversationId).path("code").asText());
                assertEquals("forbidden", outsider.request("conversation.send", "conversationId", conversationId,
                        "clientKey", "x", "body", "hello").path("code").asText());
            }
            assertTrue(anaWs.drain(Duration.ofMillis(200)).stream().noneMatch(m -> m.path("type").asText().startsWith("conversation.")),
                    "nothing of the conversation reaches anyone else");

            river.ok("org.settings.set", "settings", Settings.with("supervisorReview", true));
            JsonNode reviewed = sueWs.ok("conversation.history", "conversationId", conversationId);
            assertEquals("Rough day. Can we talk tonight?", reviewed.path("messages").get(0).path("body").asText());
            assertEquals("forbidden", sueWs.request("conversation.send", "conversationId", conversationId,
                    "clientKey", "x", "body", "hello").path("code").asText(), "a review is read-only");
            assertEquals("forbidden", sueWs.request("conversation.read", "conversationId", conversationId, "seq", 1)
                    .path("code").asText());
            assertEquals("forbidden", river.request("conversation.history", "conversationId", conversationId).path("code").asText(),
                    "the policy is for supervisors, not admins");
            assertEquals("forbidden", kimWs.request("conversation.history", "conversationId", conversationId).path("code").asText());
            JsonNode record = river.ok("audit.list", "action", "coaching.reviewed").path("records").get(0);
            assertEquals("coaching.reviewed", record.path("action").asText());
            assertEquals("sue.s", record.path("actorHandle").asText());
            assertEquals(samId, record.path("targetUserId").asLong());
        }
    }

    @Test
    void aHandoffHidesTheEarlierConversationUntilTheParticipantSharesIt() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String kim = group.addMember(server, "kim.p", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient kimWs = WsClient.connect(server, kim);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            long conversationId = river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo))
                    .path("coaching").path("conversationId").asLong();
            sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "a", "body", "About my brother");
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "b", "body", "Thanks for telling me");

            JsonNode handed = river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, kim)).path("coaching");
            assertEquals("kim.p", handed.path("coachHandle").asText());
            assertTrue(handed.path("earlierHistory").asBoolean());
            assertFalse(handed.path("historyShared").asBoolean());
            assertEquals("kim.p", sam.awaitEvent("coaching.changed", m -> m.path("coaching").path("coachHandle").asText().equals("kim.p"))
                    .path("coaching").path("coachHandle").asText());

            assertEquals(0, kimWs.ok("conversation.history", "conversationId", conversationId).path("messages").size(),
                    "without consent the new coach starts with an empty page");
            assertEquals("forbidden", joWs.request("conversation.history", "conversationId", conversationId).path("code").asText(),
                    "the former coach no longer reads it");
            assertEquals(2, sam.ok("conversation.history", "conversationId", conversationId).path("messages").size());
            sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "c", "body", "Hi kim");
            assertEquals(1, kimWs.ok("conversation.history", "conversationId", conversationId).path("messages").size());

            sam.ok("conversation.edit", "conversationId", conversationId, "seq", 1, "body", "About my brother, again");
            assertTrue(kimWs.drain(Duration.ofMillis(300)).stream().noneMatch(m -> m.path("type").asText().equals("conversation.message.updated")),
                    "edits to the hidden part do not reach the new coach");

            assertTrue(sam.ok("coaching.share", "share", true).path("coaching").path("historyShared").asBoolean());
            JsonNode all = kimWs.ok("conversation.history", "conversationId", conversationId).path("messages");
            assertEquals(3, all.size());
            assertEquals("About my brother, again", all.get(0).path("body").asText());
            assertEquals(1, kimWs.ok("conversations.list").path("conversations").get(0).path("fromSeq").asLong());
            assertEquals(1, river.ok("audit.list", "action", "coaching.history.shared").path("records").size());
        }
    }

    @Test
    void readReceiptsAndUnreadCountsFollowBothConnectionsOfAPerson() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient phone = WsClient.connect(server, group.memberCookie());
             WsClient laptop = WsClient.connect(server, group.memberCookie())) {
            long conversationId = river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo))
                    .path("coaching").path("conversationId").asLong();
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "1", "body", "How did today go?");
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "2", "body", "No rush to answer.");
            laptop.awaitEvent("conversation.message", m -> m.path("message").path("seq").asLong() == 2);
            JsonNode before = laptop.ok("conversations.list").path("conversations").get(0);
            assertEquals(2, before.path("unread").asInt());
            assertEquals("jo.m", before.path("withHandle").asText());

            JsonNode after = phone.ok("conversation.read", "conversationId", conversationId, "seq", 2).path("conversation");
            assertEquals(0, after.path("unread").asInt());
            assertEquals(2, laptop.awaitEvent("conversation.receipt").path("readSeq").asLong(), "the other connection hears of it");
            JsonNode receipt = joWs.awaitEvent("conversation.receipt");
            assertEquals(samId, receipt.path("userId").asLong());
            assertEquals(2, receipt.path("readSeq").asLong());
            assertEquals(0, laptop.ok("conversations.list").path("conversations").get(0).path("unread").asInt());
            assertEquals(2, joWs.ok("conversations.list").path("conversations").get(0).path("otherReadSeq").asLong());

            phone.ok("conversation.read", "conversationId", conversationId, "seq", 1);
            assertEquals(2, laptop.ok("conversations.list").path("conversations").get(0).path("readSeq").asLong(),
                    "a receipt never moves back");
        }
    }

    @Test
    void sendsAreIdempotentAndResumeCatchesUpOnWhatWasMissed() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient joWs = WsClient.connect(server, jo)) {
            long conversationId = river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo))
                    .path("coaching").path("conversationId").asLong();
            try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
                JsonNode first = sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "same", "body", "one");
                JsonNode retry = sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "same", "body", "one");
                assertEquals(first.path("message").path("seq"), retry.path("message").path("seq"));
            }
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "j1", "body", "two");
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "j2", "body", "three");
            joWs.ok("conversation.delete", "conversationId", conversationId, "seq", 3);
            try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
                JsonNode resumed = sam.ok("resume", "rooms", List.of(), "conversations",
                        List.of(Map.of("conversationId", conversationId, "afterSeq", 1, "afterRev", 1))).path("conversations").get(0);
                assertFalse(resumed.path("gap").asBoolean());
                assertEquals(3, resumed.path("lastSeq").asLong());
                JsonNode missed = resumed.path("messages");
                assertEquals(List.of(2L, 3L), List.of(missed.get(0).path("seq").asLong(), missed.get(1).path("seq").asLong()));
                assertFalse(missed.get(1).has("body"), "a deleted message comes back as a tombstone");
                assertEquals("not_your_message", sam.request("conversation.delete", "conversationId", conversationId, "seq", 2)
                        .path("code").asText());
            }
        }
    }

    @Test
    void aParticipantWhoGoesQuietIsFlaggedOnTheCaseloadWithAControlledClock() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            long conversationId = river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo))
                    .path("coaching").path("conversationId").asLong();
            assertFalse(joWs.ok("caseload.list").path("caseload").path("entries").get(0).path("quiet").asBoolean());
            server.clock().advance(Duration.ofDays(3));
            joWs.ok("conversation.send", "conversationId", conversationId, "clientKey", "1", "body", "Thinking of you");
            server.clock().advance(Duration.ofDays(1).plusMinutes(1));
            JsonNode entry = joWs.ok("caseload.list").path("caseload").path("entries").get(0);
            assertTrue(entry.path("quiet").asBoolean(), "the coach's own messages do not count as hearing from them");
            assertEquals(0, entry.path("unread").asInt());
            sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "s", "body", "Still here, just busy");
            entry = joWs.ok("caseload.list").path("caseload").path("entries").get(0);
            assertFalse(entry.path("quiet").asBoolean());
            assertEquals(1, entry.path("unread").asInt());
            assertTrue(entry.has("lastContactAt"));
        }
    }

    @Test
    void aRequestWaitsInTheQueueUntilACoachWithRoomTakesIt() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String ana = group.addMember(server, "ana.r", "participant");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie());
             WsClient anaWs = WsClient.connect(server, ana)) {
            assertTrue(sam.ok("coach.request", "note", "Evenings are hard").path("coaching").has("requestedAt"));
            JsonNode queued = joWs.awaitEvent("coach.requests.changed").path("requests").get(0);
            assertEquals("Evenings are hard", queued.path("note").asText());
            assertEquals("forbidden", anaWs.request("coach.requests.list").path("code").asText());
            assertEquals("forbidden", joWs.request("coach.assign", "participantId", samId, "coachId", 1).path("code").asText());

            river.ok("coach.capacity.set", "coachId", Group.userId(server, jo), "capacity", 0);
            assertEquals("caseload_full", joWs.request("coach.request.accept", "participantId", samId).path("code").asText(),
                    "a coach on leave takes on nobody");
            assertEquals("out_of_range", river.request("coach.capacity.set", "coachId", Group.userId(server, jo), "capacity", 201)
                    .path("code").asText());
            river.ok("coach.capacity.set", "coachId", Group.userId(server, jo));
            river.ok("org.settings.set", "settings", Settings.with("coachCapacity", 1));
            JsonNode caseload = joWs.ok("coach.request.accept", "participantId", samId).path("caseload");
            assertEquals(samId, caseload.path("entries").get(0).path("participantId").asLong());
            assertEquals("jo.m", sam.awaitEvent("coaching.changed").path("coaching").path("coachHandle").asText());
            assertTrue(joWs.ok("coach.requests.list").path("requests").isEmpty());
            assertEquals("already_has_coach", sam.request("coach.request").path("code").asText());
            assertEquals("not_found", joWs.request("coach.request.accept", "participantId", samId).path("code").asText());

            anaWs.ok("coach.request");
            long anaId = Group.userId(server, ana);
            assertEquals("caseload_full", joWs.request("coach.request.accept", "participantId", anaId).path("code").asText());
            river.ok("coach.end", "participantId", samId);
            assertFalse(sam.awaitEvent("coaching.changed", m -> !m.path("coaching").has("coachId")).path("coaching").has("coachId"));
            assertEquals("no_coach", sam.request("conversation.send", "conversationId",
                    sam.ok("coaching.get").path("coaching").path("conversationId").asLong(), "clientKey", "z", "body", "hello?")
                    .path("code").asText());
            joWs.ok("coach.request.accept", "participantId", anaId);
        }
    }

    @Test
    void directMessagesFollowTheOrganisationsPolicyAndBlocks() throws Exception {
        Group group = Group.create(server);
        String ana = group.addMember(server, "ana.r", "participant");
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        long anaId = Group.userId(server, ana);
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = WsClient.connect(server, group.memberCookie());
             WsClient anaWs = WsClient.connect(server, ana);
             WsClient joWs = WsClient.connect(server, jo)) {
            assertEquals("direct_messages_off", sam.request("conversation.open", "userId", anaId).path("code").asText());
            JsonNode fromStaff = joWs.ok("conversation.open", "userId", samId).path("conversation");
            assertEquals("direct", fromStaff.path("kind").asText());
            assertEquals("sam", fromStaff.path("withHandle").asText());
            assertEquals("jo.m", sam.awaitEvent("conversations.changed").path("conversations").get(0).path("withHandle").asText());

            river.ok("org.settings.set", "settings", Settings.with("participantDirectMessages", true));
            long id = sam.ok("conversation.open", "userId", anaId).path("conversation").path("id").asLong();
            sam.ok("conversation.send", "conversationId", id, "clientKey", "1", "body", "See you Thursday?");
            assertEquals("See you Thursday?", anaWs.awaitEvent("conversation.message").path("message").path("body").asText());
            assertEquals(id, anaWs.ok("conversation.open", "userId", samId).path("conversation").path("id").asLong(),
                    "one conversation per pair");

            anaWs.ok("user.block", "userId", samId);
            assertEquals("person_unreachable", sam.request("conversation.send", "conversationId", id, "clientKey", "2",
                    "body", "hello?").path("code").asText());
            assertTrue(sam.ok("conversations.list").path("conversations").findValuesAsText("readOnly").contains("true"));
            river.ok("org.settings.set", "settings", Settings.with());
            anaWs.ok("user.unblock", "userId", samId);
            assertEquals("direct_messages_off", sam.request("conversation.send", "conversationId", id, "clientKey", "3",
                    "body", "hello?").path("code").asText());
            assertEquals(1, anaWs.ok("conversation.history", "conversationId", id).path("messages").size(),
                    "what was written stays readable by the two of them");
        }
    }

    @Test
    void acknowledgedPrivateMessagesSurviveARestartInOrderWithoutGaps() throws Exception {
        Group group = Group.create(server);
        long samId = Group.userId(server, group.memberCookie());
        long conversationId;
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient sam = WsClient.connect(server, group.memberCookie())) {
            conversationId = river.ok("conversation.open", "userId", samId).path("conversation").path("id").asLong();
            for (int i = 1; i <= 60; i++) {
                WsClient sender = i % 2 == 0 ? river : sam;
                sender.ok("conversation.send", "conversationId", conversationId, "clientKey", "k" + i, "body", "message " + i);
            }
        }
        server.restart();
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode page = sam.ok("conversation.history", "conversationId", conversationId, "limit", 100).path("messages");
            assertEquals(60, page.size());
            for (int i = 0; i < 60; i++) {
                assertEquals(i + 1, page.get(i).path("seq").asLong());
                assertEquals("message " + (i + 1), page.get(i).path("body").asText());
            }
            assertEquals("k1", sam.ok("conversation.send", "conversationId", conversationId, "clientKey", "k1", "body", "message 1")
                    .path("message").path("clientKey").asText(), "a retry after the restart is still answered from the store");
            assertEquals(60, sam.ok("conversations.list").path("conversations").get(0).path("lastSeq").asLong());
        }
    }
}
