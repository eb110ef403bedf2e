package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.RawWebSocket;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/**
 * Frames no client library would send. Each closes its own connection with the code RFC 6455 asks for
 * (1002 protocol error, 1007 invalid data), and the server and a bystander carry on untouched.
 */
class MalformedFramesTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    /** A malformed frame: first byte (FIN, RSV, opcode), payload, masked or not. */
    private record Frame(int firstByte, byte[] payload, boolean masked) {
    }

    @Test
    void eachMalformedFrameClosesOnlyItsOwnConnectionWithTheRightCode() throws Exception {
        String cookie = server.api().setupAdmin("river");
        Map<String, Frame> cases = new LinkedHashMap<>();
        cases.put("unmasked client frame", new Frame(0x81, "{}".getBytes(StandardCharsets.UTF_8), false));
        cases.put("reserved bit set", new Frame(0xC1, "{}".getBytes(StandardCharsets.UTF_8), true));
        cases.put("unknown opcode", new Frame(0x83, new byte[] {1}, true));
        cases.put("continuation with nothing to continue", new Frame(0x80, "x".getBytes(StandardCharsets.UTF_8), true));
        cases.put("invalid UTF-8 in a text frame", new Frame(0x81, new byte[] {(byte) 0xC3, (byte) 0x28}, true));
        cases.put("control frame over 125 bytes", new Frame(0x89, new byte[200], true));
        cases.put("fragmented control frame", new Frame(0x09, new byte[] {1}, true));

        try (WsClient bystander = WsClient.connect(server, cookie)) {
            for (Map.Entry<String, Frame> c : cases.entrySet()) {
                try (RawWebSocket raw = RawWebSocket.connect(server, cookie, 64 * 1024)) {
                    raw.sendFrame(c.getValue().firstByte(), c.getValue().payload(), c.getValue().masked());
                    int expected = c.getKey().startsWith("invalid UTF-8") ? 1007 : 1002; // invalid data : protocol error
                    assertEquals(expected, raw.readCloseCode(), c.getKey());
                }
                assertEquals("rooms", bystander.ok("rooms.list").path("kind").asText(), "after " + c.getKey());
            }
            try (RawWebSocket fine = RawWebSocket.connect(server, cookie, 64 * 1024)) {
                fine.sendText("{\"type\":\"rooms.list\",\"id\":\"1\"}");
                fine.sendFrame(0x88, new byte[] {0x03, (byte) 0xE8}, true); // a polite close, 1000
                assertEquals(1000, fine.readCloseCode(), "a well-formed connection still closes normally");
            }
        }
    }
}
