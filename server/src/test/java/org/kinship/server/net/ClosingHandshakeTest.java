package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.RawWebSocket;
import org.kinship.server.testing.TestServer;

/**
 * The session handler, not Netty's, answers a peer's close frame (so that its connection knows it is
 * closing): with the peer's own status, as RFC 6455 (5.5.1) asks, and then the connection closes.
 */
class ClosingHandshakeTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void theAnswerCarriesThePeersStatus() throws Exception {
        String cookie = server.api().setupAdmin("river");
        try (RawWebSocket raw = RawWebSocket.connect(server, cookie, 64 * 1024)) {
            raw.sendFrame(0x88, new byte[] {0x0F, (byte) 0xA0}, true);
            assertEquals(4000, raw.readCloseCode());
            assertTrue(raw.awaitServerClose(), "closed after the answer");
        }
        try (RawWebSocket raw = RawWebSocket.connect(server, cookie, 64 * 1024)) {
            raw.sendFrame(0x88, new byte[0], true); // a close frame with no status
            assertEquals(1005, raw.readCloseCode(), "answered with no status either");
        }
    }
}
