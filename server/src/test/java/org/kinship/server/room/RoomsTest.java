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

class RoomsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aNewRoomIsAnnouncedListedAndJoinable() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode created = river.ok("room.create", "name", "  Families together ", "topic", "For partners and parents").path("room");
            assertEquals("Families together", created.path("name").asText());
            assertTrue(created.path("joined").asBoolean(), "the creator joins their room");

            JsonNode announced = sam.awaitEvent("room.created").path("room");
            assertEquals(created.path("id").asLong(), announced.path("id").asLong());
            assertFalse(announced.path("joined").asBoolean());

            JsonNode rooms = sam.ok("rooms.list").path("rooms");
            assertEquals(2, rooms.size());
            assertEquals("Evening check-in", rooms.get(0).path("name").asText());
            assertTrue(rooms.get(0).path("joined").asBoolean());
            assertFalse(rooms.get(1).path("joined").asBoolean());

            assertTrue(sam.ok("room.join", "roomId", created.path("id").asLong()).path("room").path("joined").asBoolean());
            assertEquals("invalid_request", river.request("room.create", "name", "   ").path("code").asText());
            assertEquals("not_found", sam.request("room.join", "roomId", 424242).path("code").asText());
        }
    }

    @Test
    void membersSeeWhoJoinsLeavesAndIsOnline() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId())) {
            JsonNode members = river.ok("room.members", "roomId", group.roomId()).path("members");
            assertEquals(2, members.size());
            JsonNode samEntry = members.get(1);
            assertEquals("sam", samEntry.path("handle").asText());
            assertFalse(samEntry.path("online").asBoolean());
            assertEquals("participant", samEntry.path("orgRole").asText());
            assertEquals("admin", members.get(0).path("orgRole").asText(), "who is staff shows, so anyone knows whom they may write to");

            try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
                JsonNode online = river.awaitEvent("presence");
                assertEquals("sam", online.path("handle").asText());
                assertTrue(online.path("online").asBoolean());
                assertTrue(river.ok("room.members", "roomId", group.roomId()).path("members").get(1).path("online").asBoolean());

                sam.ok("typing", "roomId", group.roomId());
                assertEquals("sam", river.awaitEvent("typing").path("handle").asText());
                assertTrue(sam.drain(Duration.ofMillis(100)).stream().noneMatch(m -> "typing".equals(m.path("type").asText())),
                        "nobody is told about their own typing");
            }
            JsonNode offline = river.awaitEvent("presence", m -> !m.path("online").asBoolean());
            assertEquals("sam", offline.path("handle").asText());

            try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
                sam.ok("room.leave", "roomId", group.roomId());
                assertEquals(samEntry.path("userId").asLong(), river.awaitEvent("member.left").path("userId").asLong());
                assertEquals(samEntry.path("userId").asLong(), sam.awaitEvent("member.left").path("userId").asLong(),
                        "the leaving person's own connection hears it too");
                river.ok("message.send", "roomId", group.roomId(), "clientKey", "after-leave", "body", "Take care, sam.");
                assertTrue(sam.drain(Duration.ofMillis(200)).stream().noneMatch(m -> "message.new".equals(m.path("type").asText())),
                        "a person who left stops receiving the room");
                assertEquals("not_a_member", sam.request("typing", "roomId", group.roomId()).path("code").asText());
            }
        }
    }
}
