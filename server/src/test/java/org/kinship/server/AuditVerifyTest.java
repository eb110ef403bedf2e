package org.kinship.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** Every kind of action leaves its record; overseers export the trail; a changed byte is found. */
class AuditVerifyTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void everyModerationAndAdminActionIsRecordedAndExported() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        String jo = group.addMember(server, "jo.m", "participant");
        long joId = Group.userId(server, jo);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient samWs = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long seq = samWs.ok("message.send", "roomId", group.roomId(), "clientKey", "m", "body", "hi").path("message").path("seq").asLong();
            samWs.ok("report.create", "roomId", group.roomId(), "userId", joId, "category", "spam");
            long report = river.awaitEvent("report.new").path("report").path("id").asLong();
            river.ok("report.resolve", "reportId", report, "outcome", "dismissed", "note", "Looked fine");
            river.ok("message.remove", "roomId", group.roomId(), "seq", seq, "reason", "Off topic");
            river.ok("room.role.set", "roomId", group.roomId(), "userId", sam, "role", "co_leader");
            long mute = river.ok("sanction.apply", "roomId", group.roomId(), "userId", joId, "kind", "mute", "reason", "Pause",
                    "minutes", 5).path("sanction").path("id").asLong();
            river.ok("sanction.lift", "sanctionId", mute, "reason", "Early");
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", joId, "kind", "mute", "reason", "Pause again",
                    "minutes", 1);
            river.ok("user.role.set", "userId", joId, "role", "peer_leader");
        }
        server.clock().advance(Duration.ofMinutes(2));
        Set<String> actions = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!actions.contains("sanction.expired") && System.nanoTime() < deadline) {
            try (WsClient river = WsClient.connect(server, group.adminCookie())) {
                river.ok("audit.list", "limit", 200).path("records").forEach(r -> actions.add(r.path("action").asText()));
            }
        }
        assertTrue(actions.containsAll(List.of("admin.setup", "room.created", "invite.created", "user.registered",
                "report.resolved", "message.removed", "room.role.set", "sanction.applied", "sanction.lifted",
                "sanction.expired", "user.role.set")), actions.toString());

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/audit.csv"))
                .header("Cookie", group.adminCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,at,actor_id,actor_handle,actor_role,action,target_user_id,target_handle,room_id,detail,outcome", lines[0]);
        assertTrue(lines[1].contains("admin.setup"), "trail order: the first record first");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/audit.csv"))
                .header("Cookie", group.memberCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode());
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            assertEquals(1, river.ok("audit.list", "action", "refused.audit.export").path("records").size(),
                    "the refused export is itself on the record");
        }
    }

    @Test
    void theVerifyCommandFindsTheFirstChangedRecord() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("room.create", "name", "Second room");
        }
        server.stop();
        ServerConfig config = server.config();
        assertEquals(0, Main.verifyAudit(config), "an untouched trail verifies");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.databaseFile())) {
            // What someone with the file could do: drop the guard and rewrite history.
            c.createStatement().execute("DROP TRIGGER audit_log_is_append_only_update");
            c.createStatement().executeUpdate("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3");
        }
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(3, Main.verifyAudit(config), "a changed record breaks the chain");
        } finally {
            System.setOut(original);
        }
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("BROKEN at record 3"), printed.toString());
    }
}
