package org.kinship.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class SanctionTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aMutedMemberCanReadButNotPostUntilTheMuteIsLifted() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            JsonNode mute = river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "mute",
                    "reason", "Let's take a breather", "minutes", 30).path("sanction");
            assertEquals("mute", mute.path("kind").asText());
            assertTrue(mute.has("expiresAt"));

            JsonNode told = samWs.awaitEvent("sanction.applied").path("sanction");
            assertEquals("Let's take a breather", told.path("reason").asText());
            assertEquals(mute.path("expiresAt").asText(), told.path("expiresAt").asText());

            JsonNode refused = samWs.request("message.send", "roomId", group.roomId(), "clientKey", "m1", "body", "hello?");
            assertEquals("muted", refused.path("code").asText());
            assertEquals("muted", samWs.request("typing", "roomId", group.roomId()).path("code").asText());
            assertTrue(refused.path("message").asText().contains("until"), refused.toString());
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "r1", "body", "Still reading along, sam.");
            assertEquals("Still reading along, sam.", samWs.awaitEvent("message.new").path("message").path("body").asText());

            river.ok("sanction.lift", "sanctionId", mute.path("id").asLong(), "reason", "Thanks for waiting");
            assertTrue(samWs.awaitEvent("sanction.lifted").path("sanction").has("liftedAt"));
            samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "m2", "body", "Thank you.");
        }
    }

    @Test
    void aMutedPersonCanStillTakeBackTheirOwnWordsAndAMuteWhoseTimeIsUpCannotBeLifted() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            long seq = samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "regret", "body", "My address is 12 Elm St")
                    .path("message").path("seq").asLong();
            long muteId = river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "mute",
                    "reason", "A pause", "minutes", 30).path("sanction").path("id").asLong();
            assertEquals("author", samWs.ok("message.delete", "roomId", group.roomId(), "seq", seq)
                    .path("message").path("deletedBy").asText(), "a mute never stops someone deleting what they wrote");

            server.clock().advance(Duration.ofMinutes(31));
            assertEquals("invalid_request", river.request("sanction.lift", "sanctionId", muteId, "reason", "Too late")
                    .path("code").asText(), "its time is up, whether or not the sweep has recorded it yet");
        }
    }

    @Test
    void aPersonWhoWasOfflineStillLearnsWhatHappenedWhyAndUntilWhen() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "warning",
                    "reason", "Please keep other people's names out of the room");
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "mute", "reason", "A pause", "minutes", 60);
        }
        try (WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            JsonNode mine = samWs.ok("sanctions.mine").path("sanctions");
            assertEquals(2, mine.size());
            assertEquals("mute", mine.get(0).path("kind").asText());
            assertTrue(mine.get(0).has("expiresAt"));
            assertEquals("Please keep other people's names out of the room", mine.get(1).path("reason").asText());
            assertFalse(mine.toString().contains("river"), "never who applied it");
        }
    }

    @Test
    void aTimedMuteThatEndsWhileTheServerIsDownIsLiftedAfterRestart() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "mute", "reason", "A short pause",
                    "minutes", 10);
        }
        server.stop();
        server.clock().advance(Duration.ofMinutes(11));
        server.restart();
        try (WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "back", "body", "Back again.");
        }
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            JsonNode records;
            do {
                records = river.ok("audit.list", "action", "sanction.expired").path("records");
            } while (records.isEmpty() && System.nanoTime() < deadline);
            assertEquals(1, records.size(), "the expiry is recorded, with no actor");
            assertFalse(records.get(0).has("actorId"));
            assertTrue(river.ok("sanctions.list", "roomId", group.roomId()).path("sanctions").isEmpty());
        }
    }

    @Test
    void aRemovedMemberStopsReceivingTheRoomButMayRejoin() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "remove", "reason", "Time to step out");
            assertEquals(sam, river.awaitEvent("member.left").path("userId").asLong());
            assertEquals("remove", samWs.awaitEvent("sanction.applied").path("sanction").path("kind").asText());
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "r", "body", "Carrying on.");
            assertTrue(samWs.drain(Duration.ofMillis(200)).stream().noneMatch(m -> "message.new".equals(m.path("type").asText())));
            assertEquals("not_a_member", samWs.request("history", "roomId", group.roomId()).path("code").asText());
            samWs.ok("room.join", "roomId", group.roomId());
        }
    }

    @Test
    void aBanKeepsThePersonOutAcrossSignInsAndCanRemoveTheirRecentMessages() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            try (WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
                samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "s1", "body", "something unkind");
                samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "s2", "body", "more of it");
            }
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "r1", "body", "Let's keep it kind.");
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", sam, "kind", "ban", "reason", "Repeated unkindness",
                    "purgeHours", 24);
            JsonNode page = river.ok("history", "roomId", group.roomId()).path("messages");
            assertEquals("leader", page.get(0).path("deletedBy").asText());
            assertFalse(page.get(0).has("body"));
            assertEquals("leader", page.get(1).path("deletedBy").asText());
            assertEquals("Let's keep it kind.", page.get(2).path("body").asText(), "others' messages stay");
        }
        String again = server.api().login("sam");
        try (WsClient samWs = WsClient.connect(server, again)) {
            JsonNode refused = samWs.request("room.join", "roomId", group.roomId());
            assertEquals("banned", refused.path("code").asText());
            assertTrue(refused.path("message").asText().contains("Repeated unkindness"));
        }
    }

    @Test
    void participantsCannotSanctionAndLeadersCannotBeSanctioned() throws Exception {
        Group group = Group.create(server);
        long river = Group.userId(server, group.adminCookie());
        String jo = group.addMember(server, "jo.m", "participant");
        long joId = Group.userId(server, jo);
        try (WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            assertEquals("forbidden", samWs.request("sanction.apply", "roomId", group.roomId(), "userId", joId,
                    "kind", "mute", "reason", "no").path("code").asText());
            assertEquals("forbidden", samWs.request("sanction.apply", "roomId", group.roomId(), "userId", river,
                    "kind", "ban", "reason", "no").path("code").asText());
        }
        try (WsClient riverWs = WsClient.connect(server, group.adminCookie())) {
            assertEquals("forbidden", riverWs.request("sanction.apply", "roomId", group.roomId(), "userId", river,
                    "kind", "warning", "reason", "me").path("code").asText());
            assertEquals("invalid_request", riverWs.request("sanction.apply", "roomId", group.roomId(), "userId", joId,
                    "kind", "warning", "reason", "x", "minutes", 5).path("code").asText());
            JsonNode refusals = riverWs.ok("audit.list", "action", "refused.sanction.apply").path("records");
            assertEquals(3, refusals.size(), "each refused attempt is on the record, sam's two and river's own");
            assertEquals("refused", refusals.get(0).path("outcome").asText());
            assertEquals("sam", refusals.get(2).path("actorHandle").asText());
        }
    }
}
