package org.kinship.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Random;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.ServerAddress;
import org.kinship.server.testing.WsClient;

/**
 * The server as its own process, killed with SIGKILL at random points while a client sends and retries
 * what was not acknowledged, over several crash-and-restart cycles. Afterwards: every acknowledged
 * message is there with the seq it was acknowledged with, nothing is stored twice, the room's
 * numbering has no gap, and SQLite's integrity check passes.
 */
class KillRestartTest {
    /** Crash-and-restart cycles per run, and new messages offered in each. */
    static final int CYCLES = 4;
    static final int NEW_PER_CYCLE = 150;

    @TempDir
    Path dataDir;
    private Process process;

    @AfterEach
    void killServer() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void noAcknowledgedMessageIsLostOrDuplicatedAcrossRepeatedKills() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int port = freePort();
        String setupCode = startServer(port, true);
        ServerAddress server = ServerAddress.ofPort(port);
        String cookie = new Api(server, () -> setupCode).setupAdmin("river");
        long roomId;
        try (WsClient ws = WsClient.connect(server, cookie)) {
            roomId = ws.ok("room.create", "name", "Morning circle").path("room").path("id").asLong();
        }
        Map<String, Long> acknowledged = new HashMap<>(); // clientKey -> seq the server acknowledged
        List<String> offered = new ArrayList<>();
        int kills = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            for (int i = 0; i < NEW_PER_CYCLE; i++) {
                offered.add("c" + cycle + "-" + i);
            }
            List<String> toSend = offered.stream().filter(k -> !acknowledged.containsKey(k)).toList();
            try (WsClient ws = WsClient.connect(server, cookie)) {
                for (String key : toSend) {
                    ws.sendText(WsClient.message("message.send", "id", key, "roomId", roomId, "clientKey", key,
                            "body", "message " + key).toString());
                }
                // Kill somewhere in the middle of the burst: after a random number of replies, while more are in flight.
                String killAfter = toSend.get(random.nextInt(Math.max(1, toSend.size() - 20)));
                JsonNode reply = ws.awaitReply(killAfter);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
                assertEquals("ok", reply.path("type").asText(), reply.toString());
                acknowledged.put(killAfter, reply.path("result").path("message").path("seq").asLong());
                kills++;
                for (JsonNode m : ws.drain(java.time.Duration.ofMillis(300))) {
                    if ("ok".equals(m.path("type").asText())) {
                        Long before = acknowledged.put(m.path("id").asText(), m.path("result").path("message").path("seq").asLong());
                        assertTrue(before == null || before == m.path("result").path("message").path("seq").asLong(),
                                "a retried key keeps its seq");
                    }
                }
            }
            startServer(port, false);
        }
        try (WsClient ws = WsClient.connect(server, cookie)) {
            List<JsonNode> all = allMessages(ws, roomId);
            Map<String, Long> stored = new HashMap<>();
            List<Long> seqs = new ArrayList<>();
            all.forEach(m -> {
                seqs.add(m.path("seq").asLong());
                assertTrue(stored.put(m.path("clientKey").asText(), m.path("seq").asLong()) == null, "stored twice: " + m);
            });
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(i + 1, seqs.get(i), "no gap (seed " + seed + ")");
            }
            acknowledged.forEach((key, seq) -> assertEquals(seq, stored.get(key), "acknowledged " + key + " lost (seed " + seed + ")"));
            System.out.printf("crash test: %d kills, %d offered, %d acknowledged, %d stored, 0 lost, 0 duplicated%n",
                    kills, offered.size(), acknowledged.size(), stored.size());
        }
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("kinship.db"));
             ResultSet check = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertEquals("ok", check.getString(1));
        }
    }

    /** Every message of the room, ascending, read back page by page. */
    private static List<JsonNode> allMessages(WsClient ws, long roomId) throws Exception {
        List<JsonNode> newestFirst = new ArrayList<>();
        Long before = null;
        while (true) {
            JsonNode page = before == null ? ws.ok("history", "roomId", roomId, "limit", 100)
                    : ws.ok("history", "roomId", roomId, "limit", 100, "beforeSeq", before);
            JsonNode messages = page.path("messages");
            for (int i = messages.size() - 1; i >= 0; i--) {
                newestFirst.add(messages.get(i));
            }
            if (!page.path("hasMore").asBoolean() || messages.isEmpty()) {
                break;
            }
            before = messages.get(0).path("seq").asLong();
        }
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Starts Main in a new JVM and waits until it listens; returns the setup code it prints on a first start. */
    private String startServer(int port, boolean firstStart) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.kinship.server.Main",
                "--port", Integer.toString(port), "--data", dataDir.toString(), "--bcrypt-cost", "4",
                "--message-rate", "100000", "--message-burst", "100000") // one client sends for many people here
                .redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process started = process;
        CompletableFuture.runAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream()))) {
                out.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException killed) {
                // the stream ends when the process is killed
            }
        });
        boolean running = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            running |= line.startsWith("Kinship is running");
            if (running && !firstStart) {
                return null;
            }
            if (running && line.trim().matches("[A-Z0-9]{4}(-[A-Z0-9]{4})+")) {
                return line.trim();
            }
        }
        throw new AssertionError("the server process did not start");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
