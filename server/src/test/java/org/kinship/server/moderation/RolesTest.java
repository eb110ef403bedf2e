package org.kinship.server.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class RolesTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aLeaderNamesCoLeadersButOnlyOverseersNameLeaders() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long joId = Group.userId(server, jo);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            river.ok("room.role.set", "roomId", group.roomId(), "userId", joId, "role", "leader");
            JsonNode updated = river.awaitEvent("member.updated").path("member");
            assertEquals("leader", updated.path("role").asText());
        }
        try (WsClient joWs = Group.openRoom(server, jo, group.roomId());
             WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            assertEquals("forbidden", joWs.request("room.role.set", "roomId", group.roomId(), "userId", sam, "role", "leader")
                    .path("code").asText());
            joWs.ok("room.role.set", "roomId", group.roomId(), "userId", sam, "role", "co_leader");
            assertEquals("co_leader", samWs.awaitEvent("member.updated").path("member").path("role").asText());
            long seq = joWs.ok("message.send", "roomId", group.roomId(), "clientKey", "j", "body", "hello")
                    .path("message").path("seq").asLong();
            samWs.ok("message.remove", "roomId", group.roomId(), "seq", seq, "reason", "testing co-leader powers");

            joWs.ok("room.role.set", "roomId", group.roomId(), "userId", sam, "role", "observer");
            assertEquals("forbidden", samWs.request("message.send", "roomId", group.roomId(), "clientKey", "o", "body", "hi")
                    .path("code").asText(), "observers read only");
            assertEquals(1, samWs.ok("history", "roomId", group.roomId()).path("messages").size());
        }
    }

    @Test
    void changingSomeonesOrganisationRoleReconnectsThemWithIt() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            assertEquals("forbidden", samWs.request("users.list").path("code").asText());
            river.ok("user.role.set", "userId", sam, "role", "peer_leader");
            assertEquals(4003, samWs.awaitClose());
            assertEquals("forbidden", river.request("user.role.set", "userId", Group.userId(server, group.adminCookie()),
                    "role", "participant").path("code").asText(), "nobody changes their own role");
            JsonNode users = river.ok("users.list").path("users");
            assertTrue(users.toString().contains("\"peer_leader\""));
        }
        try (WsClient again = WsClient.connect(server, group.memberCookie())) {
            assertEquals("peer_leader", again.welcome().path("user").path("role").asText());
            assertFalse(again.ok("users.list").path("users").isEmpty());
        }
    }
}
