package org.kinship.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.kinship.protocol.ErrorCode;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;

/**
 * Fuzz input, as sequences of requests, through a real running server: its WebSocket, its decoder, its
 * dispatcher and every handler, as a participant and sometimes as the admin. For every input, each frame
 * gets exactly one reply with a known error code (never internal_error), connections stay open unless a
 * request legitimately ended them (a session or a role change), and afterwards a fresh connection still
 * lists rooms and the input's room is gap-free. One server serves every input; each input gets a fresh
 * room, and state the admin may have broken (sessions, the participant's role) is repaired first.
 * The seed corpus under {@code src/test/resources/org/kinship/robustness/DispatchFuzzTestInputs} runs as
 * an ordinary test; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class DispatchFuzzTest {
    /** Requests per input at most, so the seed corpus runs in seconds. */
    static final int MAX_REQUESTS = 8;
    /** How long a reply may take; far more than any takes, so only a missing reply trips it. */
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN_CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName)
            .collect(Collectors.toSet());
    /** Codes that mean the server failed, never a client's mistake. */
    private static final Set<String> NEVER = Set.of("internal_error", "storage_unavailable", "shutting_down");
    /** Requests that may legitimately close someone's connections: 4001 (session ended) or 4003 (role changed). */
    private static final List<String> CLOSING_TYPES = List.of("session.end", "user.sessions.end", "user.role.set",
            "user.disabled.set");

    private static TestServer server;
    private static String adminCookie;
    private static String memberCookie;
    private static long adminId;
    private static long memberId;
    private static ReplyClient admin;
    private static ReplyClient member;
    private static long roomId;
    private static long previousRoomId;
    private static int nextId;

    @FuzzTest(maxDuration = "5m")
    void requestsOfAnyShapeGetOneKnownReplyEachAndLeaveTheServerHealthy(FuzzedDataProvider data) throws Exception {
        prepare();
        FuzzedRequests requests = new FuzzedRequests(data, new FuzzedRequests.Known(roomId, previousRoomId, adminId, memberId));
        boolean mayClose = false;
        List<String> sent = new ArrayList<>();
        for (int i = data.consumeInt(1, MAX_REQUESTS); i > 0 && data.remainingBytes() > 0; i--) {
            ReplyClient who = data.consumeInt(0, 3) == 0 ? admin : member;
            String id = "f" + (++nextId);
            String frame;
            boolean echoesId = true;
            switch (data.consumeInt(0, 9)) {
                case 0 -> { // any text at all
                    frame = FuzzedRequests.wellFormed(data.consumeString(300));
                    echoesId = false;
                }
                case 1 -> { // a real type with a missing or non-string id, or a type that does not exist
                    ObjectNode request = requests.request(null);
                    if (data.consumeBoolean()) {
                        request.set("id", requests.any(0));
                    } else {
                        request.put("type", requests.string()).put("id", id);
                    }
                    frame = request.toString();
                    echoesId = request.path("id").isTextual();
                }
                default -> frame = requests.request(id).toString();
            }
            mayClose |= CLOSING_TYPES.stream().anyMatch(frame::contains);
            sent.add(frame);
            if (who.isClosed()) {
                assertLegitimatelyClosed(who, mayClose, sent);
                continue;
            }
            JsonNode reply = who.request(frame, REPLY_TIMEOUT);
            if (reply == null) {
                assertLegitimatelyClosed(who, mayClose, sent);
                continue;
            }
            checkReply(reply, echoesId ? JSON.readTree(frame).path("id").asText() : null, sent);
        }
        for (ReplyClient c : List.of(admin, member)) {
            checkNoExtraReplies(c, mayClose, sent);
        }
        checkHealth(sent);
    }

    /** One reply, of a known kind, echoing the id when the request had a readable one. */
    private static void checkReply(JsonNode reply, String id, List<String> sent) {
        String type = reply.path("type").asText();
        assertTrue(type.equals("ok") || type.equals("error"), () -> "not a reply: " + reply + " after " + sent);
        if (id != null && !reply.path("code").asText().equals("malformed_json")) { // too deep or too long: no id, by design
            assertEquals(id, reply.path("id").asText(null), () -> "reply to another request: " + reply + " after " + sent);
        }
        if (type.equals("error")) {
            String code = reply.path("code").asText();
            assertTrue(KNOWN_CODES.contains(code), () -> "unknown code " + code + " after " + sent);
            assertTrue(!NEVER.contains(code), () -> "server failure " + reply + " after " + sent);
        }
    }

    /** A connection may close only with 4001 or 4003, and only after a request that can cause it. */
    private static void assertLegitimatelyClosed(ReplyClient c, boolean mayClose, List<String> sent) throws Exception {
        long deadline = System.nanoTime() + REPLY_TIMEOUT.toNanos();
        while (!c.isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (!c.isClosed()) {
            fail("no reply within " + REPLY_TIMEOUT + " to the last of " + sent);
        }
        int code = c.closeCode();
        if (!mayClose || (code != 4001 && code != 4003)) {
            fail("connection closed with " + code + " after " + sent);
        }
    }

    /** A last request whose reply must come next: nothing sent earlier was answered twice. */
    private static void checkNoExtraReplies(ReplyClient c, boolean mayClose, List<String> sent) throws Exception {
        if (c.isClosed()) {
            assertLegitimatelyClosed(c, mayClose, sent);
            return;
        }
        String id = "last" + (++nextId);
        JsonNode reply = c.request("{\"type\":\"blocks.list\",\"id\":\"" + id + "\"}", REPLY_TIMEOUT);
        if (reply == null) {
            assertLegitimatelyClosed(c, mayClose, sent);
            return;
        }
        assertEquals(id, reply.path("id").asText(null), () -> "extra reply " + reply + " after " + sent);
    }

    /** A fresh connection lists rooms, and the input's room holds seq 1..n with no gaps. */
    private static void checkHealth(List<String> sent) throws Exception {
        try (ReplyClient fresh = connectMember()) {
            JsonNode rooms = fresh.request("{\"type\":\"rooms.list\",\"id\":\"h1\"}", REPLY_TIMEOUT);
            assertNotNull(rooms, () -> "rooms.list unanswered after " + sent);
            assertEquals("ok", rooms.path("type").asText(), () -> "rooms.list failed: " + rooms + " after " + sent);
        }
        try (ReplyClient river = connectAdmin()) {
            JsonNode room = river.ok("room.update", "roomId", roomId, "archived", false).path("room");
            if (!room.path("joined").asBoolean()) {
                room = river.ok("room.join", "roomId", roomId).path("room");
            }
            long expected = room.path("lastSeq").asLong();
            List<Long> seqs = allSeqs(river);
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(i + 1, seqs.get(i), "history has a gap after " + sent);
            }
            assertEquals(expected, seqs.size(), () -> "history ends early after " + sent);
        }
    }

    /** Every seq of the room, ascending, paged backwards with history. */
    private static List<Long> allSeqs(ReplyClient river) throws Exception {
        List<Long> seqs = new ArrayList<>();
        Long before = null;
        while (true) {
            JsonNode page = before == null ? river.ok("history", "roomId", roomId, "limit", 100)
                    : river.ok("history", "roomId", roomId, "limit", 100, "beforeSeq", before);
            List<Long> these = new ArrayList<>();
            page.path("messages").forEach(m -> these.add(m.path("seq").asLong()));
            seqs.addAll(0, these);
            if (!page.path("hasMore").asBoolean() || these.isEmpty()) {
                return seqs;
            }
            before = these.get(0);
        }
    }

    /** Reconnects whoever was closed, puts the participant back as they were, and opens a fresh room. */
    private static synchronized void prepare() throws Exception {
        // Jazzer's network detector flags every connection (and is reset when fuzzing starts); this test's
        // connections all go to its own server on loopback.
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
        if (server == null) {
            server = new TestServer();
            server.beforeEach(null);
            Group group = Group.create(server);
            adminCookie = group.adminCookie();
            memberCookie = group.memberCookie();
            adminId = Group.userId(server, adminCookie);
            memberId = Group.userId(server, memberCookie);
            previousRoomId = group.roomId();
        }
        if (admin == null || admin.isClosed()) {
            admin = connectAdmin();
        }
        if (member == null || member.isClosed()) {
            member = connectMember();
        }
        if (!"participant".equals(member.welcome().path("user").path("role").asText("participant"))) {
            admin.ok("user.role.set", "userId", memberId, "role", "participant");
            member.close();
            member = connectMember();
        }
        if (roomId != 0) {
            admin.request("room.update", "roomId", roomId, "archived", true); // keeps rooms.list short
            previousRoomId = roomId;
        }
        roomId = admin.ok("room.create", "name", "Fuzz room").path("room").path("id").asLong();
        member.ok("room.join", "roomId", roomId);
        member.ok("message.send", "roomId", roomId, "clientKey", "seed", "body", "A first message");
    }

    private static ReplyClient connectAdmin() throws Exception {
        try {
            return ReplyClient.connect(server, adminCookie, REPLY_TIMEOUT);
        } catch (ReplyClient.Refused ended) {
            adminCookie = server.api().login("river");
            return ReplyClient.connect(server, adminCookie, REPLY_TIMEOUT);
        }
    }

    private static ReplyClient connectMember() throws Exception {
        try {
            return ReplyClient.connect(server, memberCookie, REPLY_TIMEOUT);
        } catch (ReplyClient.Refused ended) {
            try (ReplyClient river = connectAdmin()) {
                river.request("user.disabled.set", "userId", memberId, "disabled", false);
            }
            memberCookie = server.api().login("sam");
            return ReplyClient.connect(server, memberCookie, REPLY_TIMEOUT);
        }
    }

    @AfterAll
    static synchronized void stopServer() {
        if (server != null) {
            admin.close();
            member.close();
            server.afterEach(null);
            server = null;
            admin = null;
            member = null;
            roomId = 0;
        }
    }
}
