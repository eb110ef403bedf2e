package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.config.Heartbeat;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.RawWebSocket;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** Dead, half-open and never-authenticated peers are closed on a short schedule; live ones stay. */
class HeartbeatTest {
    private static final Heartbeat QUICK = new Heartbeat(Duration.ofMillis(300), Duration.ofMillis(900));

    @RegisterExtension
    final TestServer server = new TestServer().heartbeat(QUICK);

    @Test
    void aConnectionThatNeverSpeaksIsClosed() throws Exception {
        try (Socket silent = open()) {
            assertEquals(-1, silent.getInputStream().read(), "the server closes a connection that sends nothing");
        }
    }

    @Test
    void aHalfSentUpgradeIsClosed() throws Exception {
        try (Socket slow = open()) {
            slow.getOutputStream().write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = slow.getInputStream();
            assertEquals(-1, in.read(), "an upgrade that never finishes, unauthenticated, is dropped");
        }
    }

    @Test
    void aSocketThatStopsAnsweringPingsIsPingedThenClosed() throws Exception {
        Group group = Group.create(server);
        try (RawWebSocket deaf = RawWebSocket.connect(server, group.memberCookie(), 64 * 1024)) {
            List<Integer> opcodes = deaf.readOpcodesUntilClosed();
            assertTrue(opcodes.contains(0x9), "pinged first, got opcodes " + opcodes);
        }
    }

    @Test
    void aLiveClientThatAnswersPingsStaysConnected() throws Exception {
        Group group = Group.create(server);
        try (WsClient alive = WsClient.connect(server, group.memberCookie())) {
            Thread.sleep(QUICK.closeAfter().multipliedBy(3).toMillis());
            assertTrue(alive.ok("rooms.list").path("rooms").isArray(), "pongs count as life");
        }
    }

    @Test
    void someoneReadingABusyRoomWithoutWritingStaysConnected() throws Exception {
        Group group = Group.create(server);
        try (WsClient reader = Group.openRoom(server, group.memberCookie(), group.roomId());
             WsClient speaker = WsClient.connect(server, group.adminCookie())) {
            // The server writes to the reader more often than the ping interval, for three close timeouts;
            // the reader only answers pings.
            int sent = 0;
            long end = System.nanoTime() + QUICK.closeAfter().multipliedBy(3).toNanos();
            for (; System.nanoTime() < end; sent++) {
                speaker.ok("message.send", "roomId", group.roomId(), "clientKey", "busy-" + sent,
                        "body", "Still here.");
                Thread.sleep(QUICK.pingAfter().toMillis() / 2);
            }
            long delivered = reader.drain(Duration.ofMillis(200)).stream()
                    .filter(m -> "message.new".equals(m.path("type").asText())).count();
            assertEquals(sent, delivered, "the reader got every message");
            assertTrue(reader.ok("rooms.list").path("rooms").isArray(), "the reader is still connected");
        }
    }

    private Socket open() throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }
}
