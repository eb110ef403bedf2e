package org.kinship.server.room;

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

class RoomSettingsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void membersAcceptTheGuidelinesBeforePostingAndAgainWhenTheyChange() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            JsonNode settings = river.ok("room.update", "roomId", group.roomId(),
                    "guidelines", "Speak from your own experience. What is shared here stays here.").path("room").path("settings");
            assertEquals(1, settings.path("guidelinesVersion").asInt());
            assertEquals(1, sam.awaitEvent("room.updated").path("settings").path("guidelinesVersion").asInt());

            assertEquals("guidelines_not_accepted", send(sam, group, "s1", "hello").path("code").asText());
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "r1", "body", "Leaders post regardless.");
            sam.ok("room.guidelines.accept", "roomId", group.roomId(), "version", 1);
            assertEquals("ok", send(sam, group, "s2", "Thank you, I agree.").path("type").asText());

            river.ok("room.update", "roomId", group.roomId(), "guidelines", "Speak from your own experience. No names.");
            assertEquals("guidelines_not_accepted", send(sam, group, "s3", "again").path("code").asText());
            assertEquals("invalid_request", sam.request("room.guidelines.accept", "roomId", group.roomId(), "version", 1)
                    .path("code").asText(), "an outdated version is not enough");
            JsonNode mine = sam.ok("rooms.list").path("rooms").get(0);
            assertEquals(1, mine.path("guidelinesAccepted").asInt());
            assertEquals(2, mine.path("settings").path("guidelinesVersion").asInt());

            river.ok("room.update", "roomId", group.roomId(), "guidelines", "");
            assertEquals("ok", send(sam, group, "s4", "No guidelines, nothing to accept.").path("type").asText());
        }
    }

    @Test
    void aLockedRoomIsReadOnlyForAllButItsModerators() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            assertTrue(river.ok("room.update", "roomId", group.roomId(), "locked", true).path("room").path("settings")
                    .path("locked").asBoolean());
            assertEquals("room_locked", send(sam, group, "s", "hello").path("code").asText());
            assertEquals("ok", send(river, group, "r", "We're pausing for tonight.").path("type").asText());
            assertEquals("forbidden", sam.request("room.update", "roomId", group.roomId(), "locked", false).path("code").asText());
        }
    }

    @Test
    void slowModeSpacesOutAMembersMessagesAndSaysWhenToTryAgain() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            river.ok("room.update", "roomId", group.roomId(), "slowModeSeconds", 30);
            assertEquals("ok", send(sam, group, "s1", "first").path("type").asText());
            JsonNode refused = send(sam, group, "s2", "second");
            assertEquals("slow_mode", refused.path("code").asText());
            assertTrue(refused.path("retryAfterMs").asLong() > 0 && refused.path("retryAfterMs").asLong() <= 30_000, refused.toString());
            assertEquals("ok", send(sam, group, "s1", "first").path("type").asText(), "a retry of a stored send is answered");
            assertEquals("ok", send(river, group, "r1", "leaders are exempt").path("type").asText());
            assertEquals("ok", send(river, group, "r2", "twice").path("type").asText());
            server.clock().advance(Duration.ofSeconds(31));
            assertEquals("ok", send(sam, group, "s3", "after the wait").path("type").asText());
            assertEquals("invalid_request", river.request("room.update", "roomId", group.roomId(), "slowModeSeconds", 99999)
                    .path("code").asText());
        }
    }

    @Test
    void anArchivedRoomIsHiddenAndReadOnly() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            send(sam, group, "s", "Last words before the archive.");
            river.ok("room.update", "roomId", group.roomId(), "archived", true);
            assertTrue(sam.ok("rooms.list").path("rooms").isEmpty(), "hidden from the room list");
            assertTrue(river.ok("rooms.list").path("rooms").get(0).path("settings").path("archived").asBoolean(),
                    "still listed for those who can bring it back");
            assertEquals("room_archived", send(sam, group, "s2", "hello").path("code").asText());
            assertEquals(1, sam.ok("history", "roomId", group.roomId()).path("messages").size(), "still readable");
        }
    }

    @Test
    void pinnedMessagesAreInTheRoomsSettings() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long seq = send(river, group, "r", "Crisis lines are in the footer.").path("result").path("message").path("seq").asLong();
            river.ok("message.pin", "roomId", group.roomId(), "seq", seq, "pinned", true);
            JsonNode update = sam.awaitEvent("room.updated", m -> !m.path("settings").path("pinned").isEmpty());
            assertEquals(seq, update.path("settings").path("pinned").get(0).asLong());
            assertEquals("forbidden", sam.request("message.pin", "roomId", group.roomId(), "seq", seq, "pinned", false)
                    .path("code").asText());
            river.ok("message.pin", "roomId", group.roomId(), "seq", seq, "pinned", false);
            assertTrue(sam.ok("rooms.list").path("rooms").get(0).path("settings").path("pinned").isEmpty());

            river.ok("message.pin", "roomId", group.roomId(), "seq", seq, "pinned", true);
            river.ok("message.delete", "roomId", group.roomId(), "seq", seq);
            assertTrue(sam.ok("rooms.list").path("rooms").get(0).path("settings").path("pinned").isEmpty(),
                    "a deleted message does not stay pinned");
        }
    }

    @Test
    void joiningAClosedRoomWaitsForALeader() throws Exception {
        Group group = Group.create(server);
        String jo = server.api().register(Group.invite(server, group.adminCookie()), "jo.m");
        long joId = Group.userId(server, jo);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient joWs = WsClient.connect(server, jo)) {
            river.ok("room.update", "roomId", group.roomId(), "visibility", "closed");
            JsonNode listed = joWs.ok("rooms.list").path("rooms").get(0);
            assertEquals("closed", listed.path("settings").path("visibility").asText(), "closed rooms are listed so people can ask");
            assertFalse(listed.path("joined").asBoolean());
            JsonNode pending = joWs.ok("room.join", "roomId", group.roomId()).path("room");
            assertFalse(pending.path("joined").asBoolean());
            assertTrue(pending.path("joinPending").asBoolean());
            assertEquals("jo.m", river.awaitEvent("join.requested").path("request").path("handle").asText());
            assertEquals("not_a_member", joWs.request("history", "roomId", group.roomId()).path("code").asText());

            assertEquals(1, river.ok("room.requests.list", "roomId", group.roomId()).path("requests").size());
            river.ok("room.request.decide", "roomId", group.roomId(), "userId", joId, "approve", true);
            assertTrue(joWs.awaitEvent("join.decided").path("approved").asBoolean());
            assertEquals("jo.m", river.awaitEvent("member.joined").path("member").path("handle").asText());
            joWs.ok("history", "roomId", group.roomId());
            assertEquals("not_found", river.request("room.request.decide", "roomId", group.roomId(), "userId", joId,
                    "approve", true).path("code").asText(), "each request is answered once");
        }
    }

    private static JsonNode send(WsClient ws, Group group, String key, String body) throws Exception {
        return ws.request("message.send", "roomId", group.roomId(), "clientKey", key, "body", body);
    }
}
