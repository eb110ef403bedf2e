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
import java.util.ArrayList;
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
 * The server as its own process, killed with SIGKILL in the middle of a burst of sends: after a
 * restart every acknowledged message is there, once, and the room's numbering has no gap.
 */
class KillRestartTest {
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
    void noAcknowledgedMessageIsLostWhenTheProcessIsKilled() throws Exception {
        int port = freePort();
        String setupCode = startServer(port, true);
        ServerAddress server = ServerAddress.ofPort(port);
        String cookie = new Api(server, () -> setupCode).setupAdmin("river");
        List<Long> acknowledged = new ArrayList<>();
        long roomId;
        try (WsClient ws = WsClient.connect(server, cookie)) {
            roomId = ws.ok("room.create", "name", "Morning circle").path("room").path("id").asLong();
            for (int i = 0; i < 200; i++) {
                ws.sendText(WsClient.message("message.send", "id", "m" + i, "roomId", roomId, "clientKey", "m" + i,
                        "body", "message " + i).toString());
            }
            JsonNode first = ws.awaitReply("m0");
            acknowledged.add(first.path("result").path("message").path("seq").asLong());
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            for (JsonNode m : ws.drain(java.time.Duration.ofMillis(200))) {
                if ("ok".equals(m.path("type").asText())) {
                    acknowledged.add(m.path("result").path("message").path("seq").asLong());
                }
            }
        }
        startServer(port, false);
        try (WsClient ws = WsClient.connect(server, cookie)) {
            JsonNode room = ws.ok("resume", "rooms", List.of(Map.of("roomId", roomId, "afterSeq", 0, "afterRev", 0)))
                    .path("rooms").get(0);
            List<Long> stored = new ArrayList<>();
            room.path("messages").forEach(m -> stored.add(m.path("seq").asLong()));
            assertTrue(stored.containsAll(acknowledged), "acknowledged " + acknowledged.size() + ", stored " + stored.size());
            for (int i = 0; i < stored.size(); i++) {
                assertEquals(i + 1, stored.get(i), "no gap and no duplicate");
            }
            JsonNode retry = ws.ok("message.send", "roomId", roomId, "clientKey", "m0", "body", "message 0");
            assertEquals(1, retry.path("message").path("seq").asLong(), "a retry after the crash is not stored twice");
        }
    }

    /** Starts Main in a new JVM and waits until it listens; returns the setup code it prints on a first start. */
    private String startServer(int port, boolean firstStart) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.kinship.server.Main",
                "--port", Integer.toString(port), "--data", dataDir.toString(), "--bcrypt-cost", "4")
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
