package org.kinship.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** A full disk refuses a send clearly, acknowledges nothing, keeps reads working, and a later retry stores it once. */
class StorageFailureTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aFullDiskRefusesTheSendAndALaterRetryIsStoredOnce() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "before", "body", "Before the disk filled.");
            // The writer's connection may not grow the file any more: every new page fails with SQLITE_FULL.
            setPageLimit("(SELECT page_count FROM pragma_page_count())");
            String big = "y".repeat(3_900);
            JsonNode refused = null;
            String failedKey = null;
            for (int i = 0; i < 50 && refused == null; i++) { // fill the free pages that remain
                JsonNode reply = sam.request("message.send", "roomId", group.roomId(), "clientKey", "fill" + i, "body", big);
                if ("error".equals(reply.path("type").asText())) {
                    refused = reply;
                    failedKey = "fill" + i;
                }
            }
            assertTrue(refused != null, "the disk filled up");
            assertEquals("storage_unavailable", refused.path("code").asText());
            assertTrue(refused.path("retryAfterMs").asLong() > 0);

            assertEquals("history", sam.ok("history", "roomId", group.roomId()).path("kind").asText(), "reads keep working");

            setPageLimit("1073741823");
            JsonNode stored = sam.ok("message.send", "roomId", group.roomId(), "clientKey", failedKey, "body", big);
            JsonNode again = sam.ok("message.send", "roomId", group.roomId(), "clientKey", failedKey, "body", big);
            assertEquals(stored.path("message").path("seq").asLong(), again.path("message").path("seq").asLong());
            JsonNode page = sam.ok("history", "roomId", group.roomId(), "limit", 100).path("messages");
            for (int i = 0; i < page.size(); i++) {
                assertEquals(i + 1, page.get(i).path("seq").asLong(), "no gap where the refused send was");
            }
        }
    }

    /** Caps the size the writer's connection may grow the file to, in pages: a disk that is full. */
    private void setPageLimit(String pagesExpression) {
        server.kinship().db().write(h -> {
            long pages = h.createQuery("SELECT " + pagesExpression).mapTo(Long.class).one();
            h.execute("PRAGMA max_page_count = " + pages);
            return null;
        }).join();
    }
}
