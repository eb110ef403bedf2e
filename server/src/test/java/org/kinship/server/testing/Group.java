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

    /** Registers another person with the given organisation role and has them join the group's room. */
    public String addMember(TestServer server, String handle, String role) throws Exception {
        String code;
        try (WsClient admin = WsClient.connect(server, adminCookie)) {
            code = admin.ok("invite.create", "role", role).path("code").asText();
        }
        String cookie = server.api().register(code, handle);
        try (WsClient ws = WsClient.connect(server, cookie)) {
            ws.ok("room.join", "roomId", roomId);
        }
        return cookie;
    }

    /** The user id behind a cookie. */
    public static long userId(TestServer server, String cookie) throws Exception {
        return server.api().get("/api/status", cookie).body().path("user").path("id").asLong();
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
