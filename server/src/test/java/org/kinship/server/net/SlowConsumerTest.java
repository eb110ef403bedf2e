package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.RawWebSocket;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class SlowConsumerTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aClientThatStopsReadingIsDroppedAndEveryoneElseKeepsUp() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "participant");
        try (RawWebSocket stalled = RawWebSocket.connect(server, jo, 4096);
             WsClient river = WsClient.connect(server, group.adminCookie()); // sends only; not subscribed
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            stalled.sendText(WsClient.message("resume", "id", "1",
                    "rooms", List.of(Map.of("roomId", group.roomId(), "afterSeq", 0, "afterRev", 0))).toString());
            // From here on the stalled client reads nothing.
            String body = "x".repeat(4_000);
            int total = 3_000; // 12 MB of pushes: past the kernel's socket buffers and the 1 MiB a peer may fall behind
            int round = 50;    // paced so the reading client is never far behind, however busy the machine is
            for (int sent = 0; sent < total; sent += round) {
                for (int i = sent; i < sent + round; i++) {
                    river.sendText(WsClient.message("message.send", "id", "m" + i, "roomId", group.roomId(),
                            "clientKey", "m" + i, "body", body).toString());
                }
                for (int i = sent; i < sent + round; i++) {
                    JsonNode next = sam.awaitEvent("message.new");
                    assertEquals(i + 1, next.path("message").path("seq").asLong(), "a reading client gets everything, in order");
                }
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            boolean dropped = false;
            while (!dropped && System.nanoTime() < deadline) {
                dropped = stalled.isDroppedByServer();
                Thread.sleep(50);
            }
            assertTrue(dropped, "the server stops buffering for a peer that does not read");
        }
    }
}
