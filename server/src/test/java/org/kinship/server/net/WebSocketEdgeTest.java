package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class WebSocketEdgeTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void upgradesFromOtherOriginsAreRefusedWith403() throws Exception {
        String cookie = server.api().setupAdmin("river");
        assertEquals(101, WsClient.handshakeStatus(server, cookie, server.origin()));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, "http://evil.example"));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, null));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, "null"));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, server.origin() + ".evil.example"));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, "https://127.0.0.1:" + server.port()));
        assertEquals(403, WsClient.handshakeStatus(server, cookie, "http://127.0.0.1:" + (server.port() + 1)));
    }

    @Test
    void unauthenticatedUpgradesAreRefusedWith401() throws Exception {
        server.api().setupAdmin("river");
        assertEquals(401, WsClient.handshakeStatus(server, null, server.origin()));
        assertEquals(401, WsClient.handshakeStatus(server, "kinship_session=forged-token", server.origin()));
    }

    @Test
    void onePersonMayHoldOnlySoManySockets() throws Exception {
        String cookie = server.api().setupAdmin("river");
        java.util.List<WsClient> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < org.kinship.server.session.SessionLifecycle.MAX_CONNECTIONS_PER_PERSON; i++) {
                open.add(WsClient.connect(server, cookie));
            }
            assertEquals(429, WsClient.handshakeStatus(server, cookie, server.origin()));
            open.remove(0).close();
            long deadline = System.nanoTime() + 10_000_000_000L;
            int status;
            do { // until the server has seen the close
                status = WsClient.handshakeStatus(server, cookie, server.origin());
            } while (status == 429 && System.nanoTime() < deadline);
            assertEquals(101, status, "a freed place can be taken again");
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Test
    void malformedAndUnknownInputGetsErrorCodesAndTheConnectionKeepsWorking() throws Exception {
        String cookie = server.api().setupAdmin("river");
        try (WsClient ws = WsClient.connect(server, cookie)) {
            assertError(ws, "{not json", null, "malformed_json");
            assertError(ws, "[1,2,3]", null, "malformed_json");
            assertError(ws, "\"just a string\"", null, "malformed_json");
            assertError(ws, "{\"id\":\"a1\",\"type\":\"teleport\"}", "a1", "unknown_type");
            assertError(ws, "{\"id\":\"a2\"}", "a2", "unknown_type");
            assertError(ws, "{\"type\":\"rooms.list\"}", null, "invalid_request");
            assertError(ws, "{\"id\":\"a3\",\"type\":\"history\"}", "a3", "invalid_request");
            assertError(ws, "{\"id\":\"a4\",\"type\":\"history\",\"roomId\":\"one\"}", "a4", "invalid_request");
            assertError(ws, "{\"id\":\"a5\",\"type\":\"rooms.list\",\"extra\":1}", "a5", "invalid_request");
            assertError(ws, "{\"id\":\"a6\",\"type\":\"message.send\",\"roomId\":1,\"clientKey\":\"k\",\"body\":null}", "a6", "invalid_request");
            assertError(ws, "[".repeat(40) + "]".repeat(40), null, "malformed_json");
            assertError(ws, "{\"id\":\"a7\",\"type\":\"rooms.list\"} trailing", null, "malformed_json");

            ws.sendBinary(new byte[] {1, 2, 3});
            assertEquals("unsupported_frame", ws.await(m -> "error".equals(m.path("type").asText())).path("code").asText());

            assertEquals("rooms", ws.ok("rooms.list").path("kind").asText(), "still usable after bad input");
        }
    }

    @Test
    void aMessageOverTheSizeLimitClosesWith1009AndOthersAreUntouched() throws Exception {
        String cookie = server.api().setupAdmin("river");
        try (WsClient bystander = WsClient.connect(server, cookie); WsClient ws = WsClient.connect(server, cookie)) {
            ws.sendText("{\"id\":\"big\",\"type\":\"rooms.list\",\"pad\":\"" + "x".repeat(ServerInitializer.MAX_WS_MESSAGE_BYTES) + "\"}");
            assertEquals(1009, ws.awaitClose());
            assertEquals("rooms", bystander.ok("rooms.list").path("kind").asText());
        }
    }

    @Test
    void theWelcomeNamesThePersonAndTheLimits() throws Exception {
        String cookie = server.api().setupAdmin("river");
        try (WsClient ws = WsClient.connect(server, cookie)) {
            JsonNode welcome = ws.welcome();
            assertEquals("river", welcome.path("user").path("handle").asText());
            assertEquals(4000, welcome.path("maxBodyChars").asInt());
            assertTrue(welcome.has("serverTime"));
            assertFalse(welcome.has("id"));
        }
    }

    private static void assertError(WsClient ws, String frame, String id, String code) throws Exception {
        ws.sendText(frame);
        JsonNode reply = ws.await(m -> "error".equals(m.path("type").asText()));
        assertEquals(code, reply.path("code").asText(), frame + " -> " + reply);
        assertEquals(id, reply.has("id") ? reply.path("id").asText() : null, frame);
        assertFalse(reply.path("message").asText().isBlank());
    }
}
