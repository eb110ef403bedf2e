package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/** Revoking access takes effect on open sockets within a second. */
class AccountsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aDisabledAccountIsSignedOutEverywhereAndCannotSignIn() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient samWs = WsClient.connect(server, group.memberCookie())) {
            long start = System.nanoTime();
            river.ok("user.disabled.set", "userId", sam, "disabled", true);
            assertEquals(4001, samWs.awaitClose());
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "within a second");
            assertEquals(401, server.api().post("/api/login", Map.of("handle", "sam", "password", Api.password("sam"))).status());
            river.ok("user.disabled.set", "userId", sam, "disabled", false);
            server.api().login("sam");
            assertEquals(1, river.ok("audit.list", "action", "user.disabled").path("records").size());
        }
    }

    @Test
    void anAdminCanEndEveryoneOfAPersonsSignIns() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        String samPhone = server.api().login("sam");
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient laptop = WsClient.connect(server, group.memberCookie()); WsClient phone = WsClient.connect(server, samPhone)) {
            river.ok("user.sessions.end", "userId", sam);
            assertEquals(4001, laptop.awaitClose());
            assertEquals(4001, phone.awaitClose());
            assertEquals(401, WsClient.handshakeStatus(server, samPhone, server.origin()));
        }
    }

    @Test
    void changingOnesPasswordEndsTheOtherSignInsButNotThisOne() throws Exception {
        Group group = Group.create(server);
        String other = server.api().login("sam");
        try (WsClient here = WsClient.connect(server, group.memberCookie()); WsClient elsewhere = WsClient.connect(server, other)) {
            Api.Response wrong = server.api().post("/api/password",
                    Map.of("currentPassword", "not-my-password", "newPassword", "a brand new passphrase"), group.memberCookie());
            assertEquals("invalid_credentials", wrong.code());
            Api.Response changed = server.api().post("/api/password",
                    Map.of("currentPassword", Api.password("sam"), "newPassword", "a brand new passphrase"), group.memberCookie());
            assertEquals(200, changed.status());
            assertEquals(4001, elsewhere.awaitClose());
            assertEquals("rooms", here.ok("rooms.list").path("kind").asText(), "this sign-in carries on");
        }
        assertEquals(401, server.api().post("/api/login", Map.of("handle", "sam", "password", Api.password("sam"))).status());
        assertEquals(200, server.api().post("/api/login", Map.of("handle", "sam", "password", "a brand new passphrase")).status());
        assertEquals("unauthenticated", server.api().post("/api/password",
                Map.of("currentPassword", "x".repeat(12), "newPassword", "y".repeat(12))).code());
    }

    @Test
    void aPersonWhoForgotTheirPasswordSetsANewOneWithAnAdminsSingleUseCode() throws Exception {
        Group group = Group.create(server);
        long sam = Group.userId(server, group.memberCookie());
        String code;
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient oldSession = WsClient.connect(server, group.memberCookie())) {
            code = river.ok("user.reset.create", "userId", sam).path("code").asText();
            Api.Response reset = server.api().post("/api/reset", Map.of("resetCode", code, "newPassword", "found my way back in"));
            assertEquals(200, reset.status());
            assertEquals("sam", reset.body().path("user").path("handle").asText());
            assertTrue(reset.cookie() != null, "signed in at once");
            assertEquals(4001, oldSession.awaitClose(), "earlier sign-ins end");
        }
        assertEquals(403, server.api().post("/api/reset", Map.of("resetCode", code, "newPassword", "a second try here")).status(),
                "a code works once");
        assertEquals(401, server.api().post("/api/login", Map.of("handle", "sam", "password", Api.password("sam"))).status());
        assertEquals(200, server.api().post("/api/login", Map.of("handle", "sam", "password", "found my way back in")).status());
        try (WsClient samWs = WsClient.connect(server, server.api().post("/api/login",
                Map.of("handle", "sam", "password", "found my way back in")).cookie())) {
            assertEquals("forbidden", samWs.request("user.reset.create", "userId", sam).path("code").asText());
        }
    }
}
