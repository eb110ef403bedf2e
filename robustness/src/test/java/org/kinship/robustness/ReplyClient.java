package org.kinship.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kinship.server.testing.InboxListener;
import org.kinship.server.testing.ServerAddress;

/**
 * A WebSocket client for fuzzing: it sends any text, and waits for the next reply with a bounded wait
 * while noticing at once when the server closes the connection. The test kit's WsClient matches replies by
 * id and waits 30 seconds, which suits scripted tests but not thousands of inputs with odd ids.
 */
final class ReplyClient implements AutoCloseable {
    /** The server refused the upgrade, e.g. 401 after the session was ended. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status) {
            super("upgrade refused with HTTP " + status);
            this.status = status;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** How often a wait looks whether the connection was closed meanwhile, in milliseconds. */
    private static final long POLL_MS = 20;

    /** The harness's own requests wait this long: generous, so a loaded machine slows a run rather than failing it. */
    private static final Duration HARNESS_TIMEOUT = Duration.ofSeconds(30);

    private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;
    private final JsonNode welcome;

    private ReplyClient(ServerAddress server, String cookie, Duration timeout) throws Exception {
        try {
            socket = HTTP.newWebSocketBuilder().connectTimeout(timeout).header("Cookie", cookie)
                    .header("Origin", server.origin())
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), new InboxListener(inbox, closeCode))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode());
            }
            throw e;
        }
        welcome = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (welcome == null || !"welcome".equals(welcome.path("type").asText())) {
            socket.abort();
            throw new AssertionError("expected welcome first, got " + welcome);
        }
    }

    static ReplyClient connect(ServerAddress server, String cookie, Duration timeout) throws Exception {
        return new ReplyClient(server, cookie, timeout);
    }

    JsonNode welcome() {
        return welcome;
    }

    /** Sends one text frame; false when the connection is already closed. */
    boolean send(String text) {
        if (isClosed()) {
            return false;
        }
        try {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The next reply ({@code ok} or {@code error}), skipping events; null when the connection closed with
     * nothing left to read, or when {@code timeout} passed.
     */
    JsonNode nextReply(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode m = inbox.poll(POLL_MS, TimeUnit.MILLISECONDS);
            if (m == null) {
                if (isClosed() && inbox.isEmpty()) {
                    return null;
                }
                continue;
            }
            String type = m.path("type").asText();
            if (type.equals("ok") || type.equals("error") || type.equals("client-parse-error")) {
                return m;
            }
        }
        return null;
    }

    /** Sends a request and waits for the next reply (see {@link #nextReply}). */
    JsonNode request(String text, Duration timeout) throws InterruptedException {
        return send(text) ? nextReply(timeout) : null;
    }

    /** A request built from alternating field names and values, answered within the client's patience. */
    JsonNode request(String type, Object... fields) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode m = JSON.createObjectNode().put("type", type)
                .put("id", "h" + nextId.incrementAndGet());
        for (int i = 0; i < fields.length; i += 2) {
            m.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        JsonNode reply = request(m.toString(), HARNESS_TIMEOUT);
        if (reply == null) {
            throw new AssertionError(type + " unanswered; connection closed with " + closeCode());
        }
        return reply;
    }

    /** As {@link #request(String, Object...)}, and it must succeed; returns the result. */
    JsonNode ok(String type, Object... fields) throws Exception {
        JsonNode reply = request(type, fields);
        if (!"ok".equals(reply.path("type").asText())) {
            throw new AssertionError(type + " failed: " + reply);
        }
        return reply.path("result");
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    /** The close code the server sent; -1 for a connection that ended without one, 0 while open. */
    int closeCode() {
        return closeCode.isDone() ? closeCode.exceptionally(e -> -1).join() : 0;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
