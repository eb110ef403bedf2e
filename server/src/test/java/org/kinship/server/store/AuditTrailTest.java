package org.kinship.server.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class AuditTrailTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void adminActionsAndRefusedAttemptsAreRecordedInAChainWithoutSecrets() throws Exception {
        Api api = server.api();
        String admin = api.setupAdmin("river");
        String invite;
        try (WsClient ws = WsClient.connect(server, admin)) {
            ws.ok("room.create", "name", "Family room");
            invite = ws.ok("invite.create", "role", "peer_leader").path("code").asText();
        }
        try (WsClient sam = WsClient.connect(server, api.register(invite, "sam"))) {
            sam.request("room.create", "name", "Not allowed");
        }
        server.stop();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.databaseFile())) {
            List<String[]> rows = new java.util.ArrayList<>();
            byte[] previous = new byte[32];
            try (var rs = c.createStatement().executeQuery(
                    "SELECT action, outcome, actor_role, detail, prev_hash, hash FROM audit_log ORDER BY id")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                    assertArrayEquals(previous, rs.getBytes(5), "each record names the hash before it");
                    previous = rs.getBytes(6);
                }
            }
            List<String> actions = rows.stream().map(r -> r[0] + ":" + r[1]).toList();
            assertEquals(List.of("admin.setup:done", "room.created:done", "invite.created:done", "user.registered:done",
                    "refused.room.create:refused"), actions);
            assertTrue(rows.stream().noneMatch(r -> r[3].contains(invite) || r[3].contains("pw-")), "no secrets in details");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() throws Exception {
        server.api().setupAdmin("river");
        server.stop();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.databaseFile())) {
            SQLException update = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("UPDATE audit_log SET detail = 'changed'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }
}
