package org.kinship.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kinship.server.config.RateLimits;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** A backup taken while the server runs is consistent, checks out, and restores as README describes. */
class BackupTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @TempDir
    Path backups;

    @Test
    void aBackupTakenWhileServingRestoresEveryMessage() throws Exception {
        Group group = Group.create(server);
        Path copy = backups.resolve("kinship-backup.db");
        ServerConfig config = server.config();
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            for (int i = 1; i <= 30; i++) {
                sam.ok("message.send", "roomId", group.roomId(), "clientKey", "b" + i, "body", "before the backup " + i);
            }
            assertEquals(0, Main.backup(config, copy), "written and checked while the server runs");
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "after", "body", "after the backup");
        }
        assertEquals(1, Main.backup(config, copy), "an existing file is never overwritten");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM messages")) {
            rs.next();
            assertEquals(30, rs.getInt(1), "the snapshot holds what was committed when it was taken");
        }

        // Restore, as the README says: stop, replace the file (and drop the WAL files), start.
        server.stop();
        Files.copy(copy, server.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(server.databaseFile() + "-wal"));
        Files.deleteIfExists(Path.of(server.databaseFile() + "-shm"));
        server.restart();
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            assertEquals(30, sam.ok("history", "roomId", group.roomId(), "limit", 100).path("messages").size());
        }
    }
}
