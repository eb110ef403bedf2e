package org.kinship.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

/**
 * Readers whose connections drop at random while messages flow. Each keeps a cursor and resumes from it,
 * as the web client does; in the end every reader holds the whole history, in order, each message once.
 */
class ReconnectChaosTest {
    static final int READERS = 3;
    static final int MESSAGES = 400;

    @RegisterExtension
    final TestServer server = new TestServer();

    /** A reader: what it holds, keyed by seq, and how often it was dropped. */
    private static final class Reader {
        final TreeMap<Long, String> held = new TreeMap<>();
        int duplicates;
        int drops;

        void take(JsonNode message) {
            if (held.put(message.path("seq").asLong(), message.path("body").asText()) != null) {
                duplicates++;
            }
        }

        long cursor() {
            return held.isEmpty() ? 0 : held.lastKey();
        }
    }

    @Test
    void readersDroppedAtRandomEndWithTheCompleteOrderedHistory() throws Exception {
        Group group = Group.create(server);
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            cookies.add(group.addMember(server, "reader" + i, "participant"));
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            try (WsClient river = WsClient.connect(server, group.adminCookie())) {
                for (int i = 0; i < MESSAGES; i++) {
                    river.ok("message.send", "roomId", group.roomId(), "clientKey", "k" + i, "body", "message " + i);
                    if (i % 10 == 9) {
                        Thread.sleep(50); // paced, so the traffic spans several rounds of drops however fast the server is
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                sending.set(false);
            }
        });
        sender.start();
        List<Reader> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(new Reader());
        }
        while (sending.get()) {
            for (int i = 0; i < READERS; i++) {
                readFor(cookies.get(i), group.roomId(), readers.get(i), Duration.ofMillis(20 + random.nextInt(120)));
            }
        }
        sender.join();
        for (int i = 0; i < READERS; i++) {
            readFor(cookies.get(i), group.roomId(), readers.get(i), Duration.ofMillis(300)); // a last reconnect
        }
        int drops = 0;
        for (Reader reader : readers) {
            assertEquals(MESSAGES, reader.held.size(), "every message (seed " + seed + ")");
            assertEquals(1L, reader.held.firstKey());
            assertEquals((long) MESSAGES, reader.held.lastKey(), "in order, no gap");
            assertEquals(0, reader.duplicates, "each message once");
            drops += reader.drops;
        }
        assertTrue(drops >= READERS * 3, "the readers were really dropped: " + drops);
        System.out.printf("reconnect chaos: %d readers, %d drops, %d messages each, 0 gaps, 0 duplicates%n",
                READERS, drops, MESSAGES);
    }

    /** Connects, resumes from the reader's cursor, reads for a while, then drops the connection without closing. */
    private void readFor(String cookie, long roomId, Reader reader, Duration time) throws Exception {
        WsClient ws = WsClient.connect(server, cookie);
        try {
            JsonNode room = ws.ok("resume", "rooms", List.of(Map.of("roomId", roomId, "afterSeq", reader.cursor(),
                    "afterRev", 0))).path("rooms").get(0);
            assertFalse(room.path("gap").asBoolean());
            room.path("messages").forEach(reader::take);
            for (JsonNode m : ws.drain(time)) {
                if ("message.new".equals(m.path("type").asText())) {
                    reader.take(m.path("message"));
                }
            }
        } finally {
            ws.drop();
            reader.drops++;
        }
    }
}
