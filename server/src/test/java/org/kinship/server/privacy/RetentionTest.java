package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class RetentionTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private static final String MARKER = "zebra-quartz-41977-retention-marker";

    @Test
    void expiredTextIsGoneFromTheDatabaseFileAndItsWalNotJustHidden() throws Exception {
        Group group = Group.create(server);
        long seq;
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            river.ok("room.update", "roomId", group.roomId(), "retentionDays", 7);
            seq = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "old", "body", "I said " + MARKER)
                    .path("message").path("seq").asLong();
            server.clock().advance(Duration.ofDays(6));
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "recent", "body", "still within the week");
            assertTrue(contains(server.databaseFile(), MARKER) || contains(wal(), MARKER), "the marker is stored at first");

            server.clock().advance(Duration.ofDays(2));
            assertEquals(1, server.kinship().retention().purgeNow(), "only the message past the week expires");
            JsonNode updated = sam.awaitEvent("message.updated").path("message");
            assertEquals(seq, updated.path("seq").asLong());
            assertFalse(updated.has("body"));
            assertTrue(updated.has("deletedAt"));
        }
        assertFalse(contains(server.databaseFile(), MARKER), "secure_delete zeroed the text in the file");
        assertFalse(contains(wal(), MARKER), "the checkpoint emptied the WAL");

        // Eight days on, the test sign-ins have lapsed: sign in again.
        try (WsClient sam = WsClient.connect(server, server.api().login("sam"))) {
            JsonNode room = sam.ok("resume", "rooms", List.of(Map.of("roomId", group.roomId(), "afterSeq", 2, "afterRev", 2)))
                    .path("rooms").get(0);
            JsonNode changed = room.path("changed");
            assertEquals(1, changed.size(), "a client that held the message learns of it by rev");
            assertEquals(seq, changed.get(0).path("seq").asLong());
            assertEquals(2, room.path("lastSeq").asLong(), "seqs stay gap-free: the tombstone keeps its place");
        }
        try (WsClient river = WsClient.connect(server, server.api().login("river"))) {
            JsonNode record = river.ok("audit.list", "action", "retention.purged").path("records").get(0);
            assertEquals("messages=1, older than 7 days", record.path("detail").asText(), "counts only");
        }
    }

    @Test
    void theOrganisationsRetentionAppliesWhereARoomHasNoneOfItsOwn() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "a", "body", "kept while nothing is set");
            server.clock().advance(Duration.ofDays(400));
            assertEquals(0, server.kinship().retention().purgeNow());
            river.ok("org.settings.set", "settings", Map.of("participantDirectMessages", false, "supervisorReview", false,
                    "quietAfterDays", 4, "coachCapacity", 15, "retentionDays", 365, "erasure", "tombstone"));
            assertEquals(1, server.kinship().retention().purgeNow());
            assertEquals(0, server.kinship().retention().purgeNow(), "a tombstone is not purged twice");
        }
    }

    private Path wal() {
        return server.databaseFile().resolveSibling(server.databaseFile().getFileName() + "-wal");
    }

    private static boolean contains(Path file, String marker) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(marker);
    }
}
