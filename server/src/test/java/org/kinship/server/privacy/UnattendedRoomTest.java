package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class UnattendedRoomTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aRoomSetToLockPausesForParticipantsWhileNobodyIsOnDuty() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode settings = river.ok("room.update", "roomId", group.roomId(), "unattended", "lock")
                    .path("room").path("settings");
            assertEquals("lock", settings.path("unattended").asText());

            JsonNode refused = sam.request("message.send", "roomId", group.roomId(), "clientKey", "k1", "body", "anyone here?");
            assertEquals("room_locked", refused.path("code").asText());
            assertTrue(refused.path("message").asText().contains("resources"), "the refusal points to the resources");
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "r1", "body", "Moderators may still post.");

            joWs.ok("duty.set", "onDuty", true);
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "k1", "body", "anyone here?");
            joWs.ok("duty.set", "onDuty", false);
            assertEquals("room_locked", sam.request("message.send", "roomId", group.roomId(), "clientKey", "k2",
                    "body", "and now?").path("code").asText());
        }
    }

    @Test
    void aRoomSetToSlowTakesAMinuteBetweenMessagesWhileNobodyIsOnDuty() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("room.update", "roomId", group.roomId(), "unattended", "slow");
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "k1", "body", "one");
            JsonNode slow = sam.request("message.send", "roomId", group.roomId(), "clientKey", "k2", "body", "two");
            assertEquals("slow_mode", slow.path("code").asText());
            long wait = slow.path("retryAfterMs").asLong();
            assertTrue(wait > 50_000 && wait <= 60_000, "a minute, as nobody is on duty: " + wait);
            server.clock().advance(java.time.Duration.ofSeconds(61));
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "k2", "body", "two");

            river.ok("duty.set", "onDuty", true);
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "k3", "body", "three, at once while someone is on duty");
        }
    }

    @Test
    void aRoomsRetentionIsSetAndClearedWithRoomUpdate() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            assertEquals(30, river.ok("room.update", "roomId", group.roomId(), "retentionDays", 30)
                    .path("room").path("settings").path("retentionDays").asInt());
            JsonNode cleared = river.ok("room.update", "roomId", group.roomId(), "retentionDays", 0).path("room").path("settings");
            assertTrue(cleared.path("retentionDays").isMissingNode(), "0 returns to the organisation's default");
            assertEquals("open", cleared.path("unattended").asText());
            assertEquals("invalid_request", river.request("room.update", "roomId", group.roomId(), "retentionDays", 40_000)
                    .path("code").asText());
        }
    }
}
