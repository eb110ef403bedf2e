package org.kinship.server.testing;

/**
 * The common starting point of chat tests: an admin ("river") who created a room, and a participant
 * ("sam") who registered by invite and joined it. Each has a session cookie.
 */
public record Group(String adminCookie, String memberCookie, long roomId) {

    public static Group create(TestServer server) throws Exception {
        Api api = server.api();
        String admin = api.setupAdmin("river");
        long roomId;
        try (WsClient ws = WsClient.connect(server, admin)) {
            roomId = ws.ok("room.create", "name", "Evening check-in", "topic", "A calm place to end the day").path("room").path("id").asLong();
        }
        String member = api.register(invite(server, admin), "sam");
        try (WsClient ws = WsClient.connect(server, member)) {
            ws.ok("room.join", "roomId", roomId);
        }
        return new Group(admin, member, roomId);
    }

    /** A fresh participant invite code, made by an admin. */
    public static String invite(ServerAddress server, String adminCookie) throws Exception {
        try (WsClient ws = WsClient.connect(server, adminCookie)) {
            return ws.ok("invite.create").path("code").asText();
        }
    }

    /** Connects and subscribes to the room from scratch (cursor 0/0). */
    public static WsClient openRoom(TestServer server, String cookie, long roomId) throws Exception {
        WsClient ws = WsClient.connect(server, cookie);
        ws.ok("resume", "rooms", java.util.List.of(java.util.Map.of("roomId", roomId, "afterSeq", 0, "afterRev", 0)));
        return ws;
    }
}
