package org.kinship.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one mapper of the wire format: strict and bounded on input, compact and readable on output.
 * The server turns these exceptions into {@code malformed_json}, {@code unknown_type} and
 * {@code invalid_request}, so each kind of bad input must fail in its own recognisable way.
 */
class ProtocolJsonTest {
    private static final JsonMapper MAPPER = ProtocolJson.newMapper();
    private static final String SEND = """
            {"type":"message.send","id":"7","roomId":3,"clientKey":"c0a8f3e2","body":"Day 30 today."}""";

    // ---- malformed input: the frame is not one JSON object

    @Test
    void malformedJsonIsRefused() {
        assertThrows(JsonParseException.class, () -> MAPPER.readValue("hello, room", ClientMessage.class));
        assertThrows(JsonParseException.class, () -> MAPPER.readValue("{\"type\":\"rooms.list\",", ClientMessage.class));
        assertThrows(JsonParseException.class, () -> MAPPER.readValue("{'type':'rooms.list','id':'1'}", ClientMessage.class));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("[]", ClientMessage.class));
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("42", ClientMessage.class));
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("\"rooms.list\"", ClientMessage.class));
    }

    @Test
    void trailingTokensAreRefused() {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(SEND + " {}", ClientMessage.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(SEND + " 1", ClientMessage.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readTree(SEND + SEND));
    }

    @Test
    void duplicateFieldIsRefusedAsBadInput() {
        String twice = "{\"type\":\"rooms.list\",\"id\":\"1\",\"id\":\"2\"}";
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue(twice, ClientMessage.class));
        assertTrue(e instanceof JsonParseException || e instanceof MismatchedInputException,
                "a duplicate field is the client's mistake, not a server definition error: " + e);
    }

    // ---- type: unknown or missing

    @Test
    void unknownTypeIsRefused() {
        assertThrows(InvalidTypeIdException.class,
                () -> MAPPER.readValue("{\"type\":\"room.destroy\",\"id\":\"1\",\"roomId\":3}", ClientMessage.class));
    }

    @Test
    void missingTypeIsRefused() {
        assertThrows(InvalidTypeIdException.class,
                () -> MAPPER.readValue("{\"id\":\"1\",\"roomId\":3}", ClientMessage.class));
    }

    @Test
    void serverTypeIsNotAcceptedAsARequest() {
        assertThrows(InvalidTypeIdException.class,
                () -> MAPPER.readValue("{\"type\":\"welcome\",\"id\":\"1\"}", ClientMessage.class));
    }

    // ---- fields: missing, unknown, null, wrong JSON type

    @Test
    void missingRequiredFieldIsRefused() {
        String noBody = "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3,\"clientKey\":\"c0a8f3e2\"}";
        String noRoom = "{\"type\":\"message.send\",\"id\":\"7\",\"clientKey\":\"c0a8f3e2\",\"body\":\"hi\"}";
        String noId = "{\"type\":\"rooms.list\"}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(noBody, ClientMessage.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(noRoom, ClientMessage.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(noId, ClientMessage.class));
    }

    @Test
    void sanctionWithoutReasonIsRefused() {
        String noReason = "{\"type\":\"sanction.apply\",\"id\":\"32\",\"roomId\":3,\"userId\":15,\"kind\":\"mute\"}";
        String nullReason = "{\"type\":\"sanction.lift\",\"id\":\"41\",\"sanctionId\":4,\"reason\":null}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(noReason, ClientMessage.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(nullReason, ClientMessage.class));
    }

    @Test
    void unknownFieldIsRefused() {
        String extra = "{\"type\":\"rooms.list\",\"id\":\"1\",\"includeArchived\":true}";
        assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.readValue(extra, ClientMessage.class));
    }

    @Test
    void unknownFieldInANestedObjectIsRefused() {
        String extra = "{\"type\":\"resume\",\"id\":\"2\",\"rooms\":[{\"roomId\":3,\"afterSeq\":0,\"afterRev\":0,\"x\":1}]}";
        assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.readValue(extra, ClientMessage.class));
    }

    @Test
    void nullForPrimitiveIsRefused() {
        String nullRoom = "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":null,\"clientKey\":\"k\",\"body\":\"hi\"}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(nullRoom, ClientMessage.class));
    }

    @Test
    void nullForRequiredTextIsRefused() {
        String nullBody = "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3,\"clientKey\":\"k\",\"body\":null}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(nullBody, ClientMessage.class));
    }

    @Test
    void aNullInsideAListIsRefused() {
        for (String withNull : new String[] {
                "{\"type\":\"resume\",\"id\":\"1\",\"rooms\":[],\"conversations\":[null]}",
                "{\"type\":\"resume\",\"id\":\"1\",\"rooms\":[null]}",
                "{\"type\":\"risks.set\",\"id\":\"1\",\"phrases\":[\"end it\",null]}"}) {
            assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(withNull, ClientMessage.class), withNull);
        }
    }

    @Test
    void resumeCursorNeedsBothAfterSeqAndAfterRev() {
        String noRev = "{\"type\":\"resume\",\"id\":\"2\",\"rooms\":[{\"roomId\":3,\"afterSeq\":40}]}";
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(noRev, ClientMessage.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":\"3\",\"clientKey\":\"k\",\"body\":\"hi\"}",
        "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3.5,\"clientKey\":\"k\",\"body\":\"hi\"}",
        "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":true,\"clientKey\":\"k\",\"body\":\"hi\"}",
        "{\"type\":\"message.send\",\"id\":7,\"roomId\":3,\"clientKey\":\"k\",\"body\":\"hi\"}",
        "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3,\"clientKey\":\"k\",\"body\":true}",
        "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3,\"clientKey\":\"k\",\"body\":{\"text\":\"hi\"}}",
        "{\"type\":\"history\",\"id\":\"4\",\"roomId\":3,\"limit\":\"50\"}",
        "{\"type\":\"invite.create\",\"id\":\"5\",\"role\":1}",
        "{\"type\":\"invite.create\",\"id\":\"5\",\"role\":\"owner\"}",
        "{\"type\":\"sanction.apply\",\"id\":\"32\",\"roomId\":3,\"userId\":15,\"kind\":\"suspend\",\"reason\":\"r\"}",
        "{\"type\":\"sanction.apply\",\"id\":\"32\",\"roomId\":3,\"userId\":15,\"kind\":\"mute\",\"reason\":\"r\",\"minutes\":\"30\"}",
        "{\"type\":\"report.create\",\"id\":\"15\",\"roomId\":3,\"seq\":44,\"category\":\"rude\"}",
        "{\"type\":\"report.resolve\",\"id\":\"33\",\"reportId\":9,\"outcome\":\"closed\",\"note\":\"n\"}",
        "{\"type\":\"room.role.set\",\"id\":\"18\",\"roomId\":8,\"userId\":12,\"role\":\"moderator\"}",
    })
    void wrongJsonTypeForAFieldIsRefused(String json) {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, ClientMessage.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"type\":\"history\",\"id\":\"4\",\"roomId\":3}",
        "{\"type\":\"room.create\",\"id\":\"4\",\"name\":\"Evening check-in\"}",
        "{\"type\":\"invite.create\",\"id\":\"5\"}",
        "{\"type\":\"sanction.apply\",\"id\":\"32\",\"roomId\":3,\"userId\":15,\"kind\":\"warning\",\"reason\":\"A kind word.\"}",
        "{\"type\":\"report.create\",\"id\":\"15\",\"roomId\":3,\"seq\":44,\"category\":\"spam\"}",
        "{\"type\":\"reports.list\",\"id\":\"43\"}",
        "{\"type\":\"audit.list\",\"id\":\"42\"}",
    })
    void optionalFieldsMayBeLeftOut(String json) throws Exception {
        ClientMessage message = MAPPER.readValue(json, ClientMessage.class);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writerFor(ClientMessage.class).writeValueAsString(message)));
    }

    @Test
    void historyWithoutOptionsDecodesToAbsentValues() throws Exception {
        History history = (History) MAPPER.readValue("{\"type\":\"history\",\"id\":\"4\",\"roomId\":3}", ClientMessage.class);
        assertEquals(new History("4", 3, null, null), history);
    }

    // ---- limits: nesting depth and string length

    @Test
    void nestingDeeperThan16IsRefused() {
        assertThrows(StreamConstraintsException.class, () -> MAPPER.readTree(nested(ProtocolJson.MAX_NESTING_DEPTH + 1)));
        String deepFirst = "{\"x\":" + nested(ProtocolJson.MAX_NESTING_DEPTH) + ",\"type\":\"rooms.list\",\"id\":\"1\"}";
        assertCausedBy(StreamConstraintsException.class, () -> MAPPER.readValue(deepFirst, ClientMessage.class));
    }

    @Test
    void nestingOf16IsAccepted() throws Exception {
        assertTrue(MAPPER.readTree(nested(ProtocolJson.MAX_NESTING_DEPTH)).isArray());
    }

    @Test
    void stringLongerThan16384CharactersIsRefused() {
        String tooLong = "x".repeat(ProtocolJson.MAX_STRING_CHARS + 1);
        assertThrows(StreamConstraintsException.class, () -> MAPPER.readTree("\"" + tooLong + "\""));
        String send = "{\"type\":\"message.send\",\"id\":\"7\",\"roomId\":3,\"clientKey\":\"k\",\"body\":\"" + tooLong + "\"}";
        assertCausedBy(StreamConstraintsException.class, () -> MAPPER.readValue(send, ClientMessage.class));
    }

    @Test
    void stringOf16384CharactersIsAccepted() throws Exception {
        String longest = "x".repeat(ProtocolJson.MAX_STRING_CHARS);
        assertEquals(longest, MAPPER.readTree("\"" + longest + "\"").asText());
    }

    // ---- output

    @Test
    void sendMessageRoundTrips() throws Exception {
        SendMessage send = new SendMessage("7", 3, "c0a8f3e2", "Day 30 today.");
        String json = MAPPER.writerFor(ClientMessage.class).writeValueAsString(send);
        assertEquals(send, MAPPER.readValue(json, ClientMessage.class));
        assertEquals(MAPPER.readTree(SEND), MAPPER.readTree(json));
    }

    @Test
    void recordWrittenAloneStillCarriesItsType() throws Exception {
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(new SendMessage("7", 3, "c0a8f3e2", "hi")));
        assertEquals("message.send", tree.path("type").asText());
    }

    @Test
    void absentFieldsAreLeftOutRatherThanWrittenAsNull() throws Exception {
        JsonNode error = MAPPER.readTree(MAPPER.writeValueAsString(Replies.error(null, ErrorCode.MALFORMED_JSON)));
        assertFalse(error.has("id"), "error without id: " + error);
        assertFalse(error.has("retryAfterMs"), "error without retryAfterMs: " + error);
        JsonNode ok = MAPPER.readTree(MAPPER.writeValueAsString(Replies.ok("11")));
        assertFalse(ok.has("result"), "ok without result: " + ok);
        JsonNode tombstone = MAPPER.readTree(MAPPER.writeValueAsString(tombstone()));
        assertFalse(tombstone.has("body"), "a deleted message has no body: " + tombstone);
        assertFalse(tombstone.toString().contains("null"), "nothing is written as null: " + tombstone);
    }

    @Test
    void repliesWithAbsentFieldsRoundTrip() throws Exception {
        List<ServerMessage> replies = List.of(
                Replies.ok("11"),
                Replies.error(null, ErrorCode.MALFORMED_JSON),
                Replies.retryLater("8", ErrorCode.RATE_LIMITED, 1500),
                Replies.ok("10", new MessageResult(tombstone())),
                new MessageUpdated(tombstone()));
        for (ServerMessage reply : replies) {
            String json = MAPPER.writerFor(ServerMessage.class).writeValueAsString(reply);
            assertEquals(reply, MAPPER.readValue(json, ServerMessage.class), json);
        }
    }

    @Test
    void resultCarriesItsKind() throws Exception {
        JsonNode ok = MAPPER.readTree(MAPPER.writeValueAsString(Replies.ok("10", new MessageResult(tombstone()))));
        assertEquals("message", ok.path("result").path("kind").asText());
    }

    @Test
    void instantIsWrittenAsIso8601Text() throws Exception {
        Instant serverTime = Instant.parse("2026-11-22T18:04:05.123Z");
        Welcome welcome = new Welcome(new UserInfo(7, "sam_k", OrgRole.PARTICIPANT), 1, serverTime, 4000, 100);
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(welcome));
        assertTrue(tree.path("serverTime").isTextual(), "serverTime: " + tree.path("serverTime"));
        assertEquals("2026-11-22T18:04:05.123Z", tree.path("serverTime").asText());
        assertEquals(welcome, MAPPER.treeToValue(tree, ServerMessage.class));
    }

    @Test
    void rolesUseTheirSnakeCaseWireNames() throws Exception {
        for (OrgRole role : OrgRole.values()) {
            assertEquals('"' + role.wireName() + '"', MAPPER.writeValueAsString(role));
            assertEquals(role, OrgRole.fromWireName(role.wireName()));
        }
        for (RoomRole role : RoomRole.values()) {
            assertEquals('"' + role.wireName() + '"', MAPPER.writeValueAsString(role));
            assertEquals(role, RoomRole.fromWireName(role.wireName()));
        }
        assertEquals("\"peer_leader\"", MAPPER.writeValueAsString(OrgRole.PEER_LEADER));
        assertEquals("\"co_leader\"", MAPPER.writeValueAsString(RoomRole.CO_LEADER));
    }

    @Test
    void moderationEnumsUseTheirSnakeCaseWireNames() throws Exception {
        for (SanctionKind kind : SanctionKind.values()) {
            assertEquals('"' + kind.wireName() + '"', MAPPER.writeValueAsString(kind));
            assertEquals(kind, SanctionKind.fromWireName(kind.wireName()));
        }
        for (ReportCategory category : ReportCategory.values()) {
            assertEquals('"' + category.wireName() + '"', MAPPER.writeValueAsString(category));
            assertEquals(category, ReportCategory.fromWireName(category.wireName()));
        }
        for (ReportStatus status : ReportStatus.values()) {
            assertEquals('"' + status.wireName() + '"', MAPPER.writeValueAsString(status));
            assertEquals(status, ReportStatus.fromWireName(status.wireName()));
        }
        assertThrows(IllegalArgumentException.class, () -> RoomRole.fromWireName("LEADER"));
        assertThrows(IllegalArgumentException.class, () -> OrgRole.fromWireName("peer leader"));
        assertEquals("\"selling_or_promoting_substances\"", MAPPER.writeValueAsString(ReportCategory.SELLING_OR_PROMOTING_SUBSTANCES));
        assertEquals("\"author\"", MAPPER.writeValueAsString(DeletedBy.AUTHOR));
        assertEquals("\"leader\"", MAPPER.writeValueAsString(DeletedBy.LEADER));
    }

    @Test
    void sanctionInForceForGoodLeavesOutExpiresAtAndLiftedAt() throws Exception {
        Sanction ban = new Sanction(3, SanctionKind.BAN, 3, 31, "fast.relief",
                "Offering to sell substances puts people here at risk.", Instant.parse("2026-11-20T21:02:17.350Z"), null, null);
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(new SanctionApplied(ban)));
        assertFalse(tree.path("sanction").has("expiresAt"), "a ban for good has no expiresAt: " + tree);
        assertFalse(tree.path("sanction").has("liftedAt"), "a sanction in force has no liftedAt: " + tree);
        assertEquals(new SanctionApplied(ban), MAPPER.treeToValue(tree, ServerMessage.class));
    }

    @Test
    void roomOfANonMemberHasNoMyRole() throws Exception {
        RoomInfo room = new RoomInfo(8, "Weekend walk & talk", "", false, 0, 0, null, null, null, null, null, null);
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(room));
        assertFalse(tree.has("myRole"), "myRole is absent when not a member: " + tree);
        assertFalse(tree.has("mute"), "mute is absent when none is in force: " + tree);
    }

    @Test
    void auditRecordWrittenByTheServerItselfHasNoActor() throws Exception {
        AuditRecord expiry = new AuditRecord(96, Instant.parse("2026-11-21T09:30:00Z"), null, null, null,
                "sanction.expired", 22L, "mika_v", 5L, "sanction 2 (mute for 60 minutes) ended at its time.", "done");
        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(expiry));
        assertFalse(tree.has("actorId") || tree.has("actorHandle") || tree.has("actorRole"), "no actor: " + tree);
        assertEquals(expiry, MAPPER.treeToValue(tree, AuditRecord.class));
    }

    private static ChatMessage tombstone() {
        return new ChatMessage(3, 43, 47, 7, "sam_k", "c0a8f3e2", null,
                Instant.parse("2026-11-22T18:04:05.123Z"), null, Instant.parse("2026-11-22T18:09:30.002Z"), DeletedBy.AUTHOR);
    }

    /** {@code depth} nested JSON arrays. */
    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Databind wraps parser limits it meets mid-object; the limit must still be findable in the cause chain. */
    private static void assertCausedBy(Class<? extends Throwable> expected, Executable call) {
        Throwable thrown = assertThrows(JsonProcessingException.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (expected.isInstance(t)) {
                return;
            }
        }
        assertInstanceOf(expected, thrown, "no " + expected.getSimpleName() + " in the cause chain");
    }
}
