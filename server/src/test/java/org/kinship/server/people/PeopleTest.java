package org.kinship.server.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class PeopleTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void anyoneCanBlockAndUnblockAnotherPersonQuietly() throws Exception {
        Group group = Group.create(server);
        long river = Group.userId(server, group.adminCookie());
        try (WsClient sam = WsClient.connect(server, group.memberCookie()); WsClient riverWs = WsClient.connect(server, group.adminCookie())) {
            JsonNode blocked = sam.ok("user.block", "userId", river).path("blocked");
            assertEquals("river", blocked.get(0).path("handle").asText());
            assertEquals(1, sam.ok("blocks.list").path("blocked").size());
            assertTrue(riverWs.drain(java.time.Duration.ofMillis(150)).stream().noneMatch(m -> m.toString().contains("block")),
                    "the blocked person is not told");
            assertTrue(sam.ok("user.unblock", "userId", river).path("blocked").isEmpty());
            assertEquals("invalid_request", sam.request("user.block", "userId", Group.userId(server, group.memberCookie()))
                    .path("code").asText());
        }
    }

    @Test
    void staffOnlyDetailsAreHiddenFromParticipantsAndEveryReadIsRecorded() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            river.ok("user.profile.set", "userId", sam, "realName", "Sam Kowalski", "contactNote", "Prefers text after 5pm");
            JsonNode profile = river.ok("user.profile.get", "userId", sam);
            assertEquals("Sam Kowalski", profile.path("realName").asText());
            assertEquals("forbidden", samWs.request("user.profile.get", "userId", sam).path("code").asText());
            assertFalse(samWs.ok("room.members", "roomId", group.roomId()).toString().contains("Kowalski"),
                    "people see each other by handle only");
            JsonNode views = river.ok("audit.list", "action", "profile.viewed").path("records");
            assertEquals(1, views.size());
            assertEquals(sam, views.get(0).path("targetUserId").asLong());
        }
    }
}
