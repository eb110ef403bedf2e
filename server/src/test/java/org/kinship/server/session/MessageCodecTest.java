package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.ChatMessage;
import org.kinship.protocol.DeletedBy;
import org.kinship.protocol.HistoryResult;
import org.kinship.protocol.MessageNew;
import org.kinship.protocol.MessageResult;
import org.kinship.protocol.ProtocolJson;
import org.kinship.protocol.Replies;
import org.kinship.protocol.ServerMessage;

/** The server's encoding is byte for byte the protocol's, however often a message is reused. */
class MessageCodecTest {
    private static final JsonMapper PLAIN = ProtocolJson.newMapper();
    private final MessageCodec codec = new MessageCodec();

    @Test
    void aMessageEncodedForItsEventAndItsReplyIsTheSameJsonBothTimes() throws Exception {
        ChatMessage message = message(7, "caf\u00e9 \ud83d\ude00 \"quoted\"");
        assertEncodesAsTheProtocol(new MessageNew(message));
        assertEncodesAsTheProtocol(Replies.ok("r-1", new MessageResult(message)));
        assertEncodesAsTheProtocol(new MessageNew(message));
    }

    @Test
    void theNextMessageIsNeverAnsweredWithTheLastOnesJson() throws Exception {
        ChatMessage first = message(1, "first");
        ChatMessage second = message(2, "second");
        assertEncodesAsTheProtocol(new MessageNew(first));
        assertEncodesAsTheProtocol(new MessageNew(second));
        ChatMessage equalButNew = message(2, "second");
        assertEncodesAsTheProtocol(Replies.ok("r-2", new MessageResult(equalButNew)));
        ChatMessage tombstone = new ChatMessage(3, 2, 9, 11, "river", "k-2", null, Instant.parse("2026-11-22T10:00:00.123Z"),
                null, Instant.parse("2026-11-22T10:05:00.456Z"), DeletedBy.LEADER);
        assertEncodesAsTheProtocol(new MessageNew(tombstone));
        assertTrue(text(new MessageNew(tombstone)).contains("\"deletedBy\":\"leader\""));
    }

    @Test
    void pagesOfMessagesAndOtherThreadsEncodeAsThePlainMapperDoes() throws Exception {
        ChatMessage shared = message(4, "shared");
        assertEncodesAsTheProtocol(new MessageNew(shared));
        assertEncodesAsTheProtocol(Replies.ok("r-3", new HistoryResult(3, List.of(message(3, "older"), shared), true)));
        String elsewhere = CompletableFuture.supplyAsync(() -> text(new MessageNew(shared))).join();
        assertEquals(plain(new MessageNew(shared)), elsewhere);
    }

    private static ChatMessage message(long seq, String body) {
        return new ChatMessage(3, seq, seq + 5, 11, "river", "k-" + seq, body,
                Instant.parse("2026-11-22T10:00:00.123Z").plusSeconds(seq), null, null, null);
    }

    private void assertEncodesAsTheProtocol(ServerMessage message) throws Exception {
        assertEquals(plain(message), text(message));
    }

    /** As the codec encoded before: to UTF-8 bytes, where Jackson escapes characters outside the BMP. */
    private static String plain(ServerMessage message) {
        try {
            return new String(PLAIN.writeValueAsBytes(message), StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(ServerMessage message) {
        return new String(codec.encode(message), StandardCharsets.UTF_8);
    }
}
