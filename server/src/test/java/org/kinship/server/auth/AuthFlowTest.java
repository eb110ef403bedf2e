package org.kinship.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class AuthFlowTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void firstStartNeedsSetupAndTheSetupCodeWorksOnce() throws Exception {
        Api api = server.api();
        assertTrue(api.get("/api/status", null).body().path("setupRequired").asBoolean());
        String code = server.kinship().setupCode();
        assertNotNull(code);

        Api.Response wrong = api.post("/api/setup", Map.of("setupCode", "WRONG-CODE", "handle", "river", "password", Api.password("river")));
        assertEquals(403, wrong.status());
        assertEquals("invalid_setup_code", wrong.code());

        String cookie = api.setupAdmin("river");
        Api.Response status = api.get("/api/status", cookie);
        assertFalse(status.body().path("setupRequired").asBoolean());
        assertEquals("admin", status.body().path("user").path("role").asText());
        assertNull(server.kinship().setupCode());

        Api.Response again = api.post("/api/setup", Map.of("setupCode", code, "handle", "other", "password", Api.password("other")));
        assertEquals(409, again.status());
        assertEquals("setup_already_done", again.code());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        server.api().setupAdmin("river");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(server.baseUrl() + "/api/login"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"handle\":\"river\",\"password\":\"" + Api.password("river") + "\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String setCookie = response.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("; httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(response.body().contains(setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'))),
                "the token is never in a body");
    }

    @Test
    void registrationNeedsAValidInviteThatWorksOnlyOnce() throws Exception {
        Api api = server.api();
        String invite = Group.invite(server, api.setupAdmin("river"));
        Api.Response none = api.post("/api/register", Map.of("inviteCode", "NOPE-NOPE", "handle", "sam", "password", Api.password("sam")));
        assertEquals("invalid_invite", none.code());

        String sam = api.register(invite.toLowerCase().replace("-", " "), "sam");
        assertEquals("participant", api.get("/api/status", sam).body().path("user").path("role").asText());

        Api.Response reused = api.post("/api/register", Map.of("inviteCode", invite, "handle", "alex", "password", Api.password("alex")));
        assertEquals(403, reused.status());
        assertEquals("invalid_invite", reused.code());
    }

    @Test
    void adminsListAndRevokeInvitesWithoutEverSeeingTheCodesAgain() throws Exception {
        Api api = server.api();
        String admin = api.setupAdmin("river");
        try (WsClient ws = WsClient.connect(server, admin)) {
            var first = ws.ok("invite.create", "role", "peer_leader");
            String code = first.path("code").asText();
            String revokedId = first.path("inviteId").asText();
            String usedCode = ws.ok("invite.create").path("code").asText();
            api.register(usedCode, "sam");
            ws.ok("invite.revoke", "inviteId", revokedId);
            var invites = ws.ok("invites.list").path("invites");
            assertEquals(2, invites.size());
            assertEquals("used", invites.get(0).path("status").asText());
            assertEquals("revoked", invites.get(1).path("status").asText());
            assertFalse(invites.toString().contains(code) || invites.toString().contains(usedCode), "codes are never listed");
            assertEquals("invalid_invite", api.post("/api/register", Map.of("inviteCode", code, "handle", "alex",
                    "password", Api.password("alex"))).code());
            assertEquals("not_found", ws.request("invite.revoke", "inviteId", revokedId).path("code").asText());
            assertEquals(1, ws.ok("audit.list", "action", "invite.revoked").path("records").size());
        }
    }

    @Test
    void participantsCannotCreateInvitesOrRooms() throws Exception {
        Api api = server.api();
        String invite = Group.invite(server, api.setupAdmin("river"));
        try (WsClient sam = WsClient.connect(server, api.register(invite, "sam"))) {
            assertEquals("forbidden", sam.request("invite.create").path("code").asText());
            assertEquals("forbidden", sam.request("room.create", "name", "Mine").path("code").asText());
        }
    }

    @Test
    void wrongPasswordAndUnknownHandleGetTheSameAnswer() throws Exception {
        Api api = server.api();
        api.setupAdmin("river");
        Api.Response wrong = api.post("/api/login", Map.of("handle", "river", "password", "not-the-password"));
        Api.Response unknown = api.post("/api/login", Map.of("handle", "nobody", "password", "not-the-password"));
        assertEquals(401, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
        assertEquals("invalid_credentials", wrong.code());
    }

    @Test
    void handlesArePseudonymsOfAFixedShapeAndUniqueIgnoringCase() throws Exception {
        Api api = server.api();
        String invite = Group.invite(server, api.setupAdmin("river"));
        assertEquals("invalid_handle", api.post("/api/register", Map.of("inviteCode", invite, "handle", "<b>x</b>",
                "password", Api.password("x"))).code());
        Api.Response taken = api.post("/api/register", Map.of("inviteCode", invite, "handle", "RIVER", "password", Api.password("x")));
        assertEquals(409, taken.status());
        assertEquals("handle_taken", taken.code());
    }

    @Test
    void passwordsLongerThanBcryptTakesAreRefusedNotTruncated() throws Exception {
        Api api = server.api();
        String code = server.kinship().setupCode();
        String seventyThree = "p".repeat(73);
        Api.Response tooLong = api.post("/api/setup", Map.of("setupCode", code, "handle", "river", "password", seventyThree));
        assertEquals(400, tooLong.status());
        assertEquals("password_too_long", tooLong.code());
        String multiByte = "é".repeat(37); // 74 bytes in UTF-8, only 37 characters
        assertEquals("password_too_long", api.post("/api/setup", Map.of("setupCode", code, "handle", "river",
                "password", multiByte)).code());
        assertEquals("password_too_short", api.post("/api/setup", Map.of("setupCode", code, "handle", "river",
                "password", "short")).code());

        String seventyTwo = "q".repeat(72);
        assertEquals(200, api.post("/api/setup", Map.of("setupCode", code, "handle", "river", "password", seventyTwo)).status());
        assertEquals(200, api.post("/api/login", Map.of("handle", "river", "password", seventyTwo)).status());
        assertEquals(401, api.post("/api/login", Map.of("handle", "river", "password", "q".repeat(71) + "r")).status());
    }

    @Test
    void logoutRevokesTheCookieAndClosesItsSockets() throws Exception {
        Api api = server.api();
        String cookie = api.setupAdmin("river");
        String otherSignIn = api.login("river");
        try (WsClient ws = WsClient.connect(server, cookie); WsClient other = WsClient.connect(server, otherSignIn)) {
            assertEquals(200, api.post("/api/logout", Map.of(), cookie).status());
            assertEquals(4001, ws.awaitClose());
            assertEquals("rooms", other.ok("rooms.list").path("kind").asText(), "the other sign-in stays open");
        }
        assertFalse(api.get("/api/status", cookie).body().has("user"));
        assertEquals(401, WsClient.handshakeStatus(server, cookie, server.origin()));
    }

    @Test
    void badApiInputGetsClearCodes() throws Exception {
        Api api = server.api();
        var http = java.net.http.HttpClient.newHttpClient();
        var malformed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{handle: river")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("\"malformed_json\""), malformed.body());
        assertEquals("invalid_request", api.post("/api/login", Map.of("handle", "river")).code());
        assertEquals("invalid_request", api.post("/api/login", Map.of("handle", 7, "password", "x".repeat(12))).code());
        assertEquals("not_found", api.post("/api/nothing-here", Map.of()).code());
        Api.Response foreign = api.postFrom("/api/login", Map.of("handle", "river", "password", "x".repeat(12)), "http://evil.example");
        assertEquals(403, foreign.status());
        assertEquals("origin_not_allowed", foreign.code());
        assertEquals(200, api.get("/api/status", null).status(), "the server keeps serving");
    }
}
