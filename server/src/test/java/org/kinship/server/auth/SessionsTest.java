package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class SessionsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aPersonSeesTheirSignInsAndEndsAnotherWhoseSocketsCloseAtOnce() throws Exception {
        Api api = server.api();
        String laptop = api.setupAdmin("river");
        String phone = api.login("river");
        try (WsClient onLaptop = WsClient.connect(server, laptop); WsClient onPhone = WsClient.connect(server, phone)) {
            JsonNode sessions = onLaptop.ok("sessions.list").path("sessions");
            assertEquals(2, sessions.size());
            JsonNode other = sessions.get(0).path("current").asBoolean() ? sessions.get(1) : sessions.get(0);
            assertFalse(other.path("current").asBoolean());
            assertFalse(sessions.toString().contains(laptop.substring(laptop.indexOf('=') + 1)), "never a token");

            long start = System.nanoTime();
            onLaptop.ok("session.end", "sessionId", other.path("sessionId").asText());
            assertEquals(4001, onPhone.awaitClose());
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "closed within a second");
            assertEquals(1, onLaptop.ok("sessions.list").path("sessions").size());
            assertEquals("not_found", onLaptop.request("session.end", "sessionId", "0000000000000000").path("code").asText());
        }
        assertEquals(401, WsClient.handshakeStatus(server, phone, server.origin()), "the ended sign-in no longer opens sockets");
    }

    @Test
    void endingTheCurrentSignInAnswersFirstThenCloses() throws Exception {
        String cookie = server.api().setupAdmin("river");
        try (WsClient ws = WsClient.connect(server, cookie)) {
            String me = ws.ok("sessions.list").path("sessions").get(0).path("sessionId").asText();
            assertEquals("ok", ws.request("session.end", "sessionId", me).path("type").asText());
            assertEquals(4001, ws.awaitClose());
        }
    }

    @Test
    void aSignInUnusedForTheIdleLifetimeEnds() throws Exception {
        String cookie = server.api().setupAdmin("river");
        assertEquals(101, WsClient.handshakeStatus(server, cookie, server.origin()));
        server.clock().advance(server.config().sessionIdle().plus(Duration.ofMinutes(1)));
        assertEquals(401, WsClient.handshakeStatus(server, cookie, server.origin()));
    }

    @Test
    void aSignInInUseStillEndsAtItsAbsoluteLifetime() throws Exception {
        String cookie = server.api().setupAdmin("river");
        Duration step = server.config().sessionIdle().minus(Duration.ofHours(2));
        Duration lived = Duration.ZERO;
        while (lived.plus(step).compareTo(server.config().sessionLifetime()) < 0) {
            server.clock().advance(step);
            lived = lived.plus(step);
            assertEquals(101, WsClient.handshakeStatus(server, cookie, server.origin()), "kept alive by use");
        }
        server.clock().advance(server.config().sessionLifetime().minus(lived).plus(Duration.ofMinutes(1)));
        assertEquals(401, WsClient.handshakeStatus(server, cookie, server.origin()));
    }
}
