package org.kinship.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) speaking Kinship's JSON. Replies are matched by id; events that
 * arrive meanwhile are kept, in order, for {@link #awaitEvent}.
 */
public final class WsClient implements AutoCloseable {
    /** Generous, so a loaded CI machine slows a test down rather than failing it. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> pending = new ArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final JsonNode welcome;
    private WebSocket socket;

    private WsClient(ServerAddress server, String cookie, String origin) throws Exception {
        socket = open(server, cookie, origin, new InboxListener(inbox, closeCode)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        welcome = next();
        if (!"welcome".equals(welcome.path("type").asText())) {
            throw new AssertionError("expected welcome first, got " + welcome);
        }
    }

    public static WsClient connect(ServerAddress server, String cookie) throws Exception {
        return new WsClient(server, cookie, server.origin());
    }

    /** Tries a handshake and returns the HTTP status it ended with: 101 when upgraded. */
    public static int handshakeStatus(ServerAddress server, String cookie, String origin) throws Exception {
        try {
            open(server, cookie, origin, new WebSocket.Listener() { }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).abort();
            return 101;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static CompletableFuture<WebSocket> open(ServerAddress server, String cookie, String origin, WebSocket.Listener listener) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(TIMEOUT);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), listener);
    }

    /**
     * A client that sends one request, reads its welcome and then nothing more, as a frozen tab or a
     * stalled network would: returns a future that completes when the server drops it.
     */
    public static CompletableFuture<Void> connectAndStopReading(ServerAddress server, String cookie, String request)
            throws Exception {
        CompletableFuture<Void> dropped = new CompletableFuture<>();
        WebSocket socket = open(server, cookie, server.origin(), new WebSocket.Listener() {
            @Override
            public void onOpen(WebSocket webSocket) {
                webSocket.request(1); // the welcome, then never again
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                dropped.complete(null);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                dropped.complete(null);
            }
        }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        socket.sendText(request, true).join(); // sending needs no reading: e.g. a resume that subscribes it
        return dropped;
    }

    public JsonNode welcome() {
        return welcome;
    }

    /** Builds a request of a type with alternating field names and values. */
    public static ObjectNode message(String type, Object... fields) {
        ObjectNode node = JSON.createObjectNode().put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            node.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        return node;
    }

    /** Sends a request with a fresh id and waits for its reply. */
    public JsonNode request(String type, Object... fields) throws Exception {
        return request(message(type, fields));
    }

    public JsonNode request(ObjectNode message) throws Exception {
        String id = message.has("id") ? message.get("id").asText() : "r" + nextId.incrementAndGet();
        message.put("id", id);
        sendText(JSON.writeValueAsString(message));
        return awaitReply(id);
    }

    /** Sends and expects success; returns the result. */
    public JsonNode ok(String type, Object... fields) throws Exception {
        JsonNode reply = request(type, fields);
        if (!"ok".equals(reply.path("type").asText())) {
            throw new AssertionError(type + " failed: " + reply);
        }
        return reply.path("result");
    }

    public JsonNode awaitReply(String id) throws Exception {
        return await(m -> id.equals(m.path("id").asText(null)) && !m.path("type").asText().isEmpty()
                && ("ok".equals(m.path("type").asText()) || "error".equals(m.path("type").asText())));
    }

    public JsonNode awaitEvent(String type) throws Exception {
        return awaitEvent(type, m -> true);
    }

    public JsonNode awaitEvent(String type, Predicate<JsonNode> matching) throws Exception {
        return await(m -> type.equals(m.path("type").asText()) && !m.has("id") && matching.test(m));
    }

    /** Takes the first message, kept or new, that matches; other messages stay kept in order. */
    public JsonNode await(Predicate<JsonNode> matching) throws Exception {
        for (Iterator<JsonNode> it = pending.iterator(); it.hasNext(); ) {
            JsonNode m = it.next();
            if (matching.test(m)) {
                it.remove();
                return m;
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            JsonNode m = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("timed out; kept messages: " + pending);
            }
            if (matching.test(m)) {
                return m;
            }
            pending.add(m);
        }
    }

    /** Every message kept so far plus any that arrive within the wait, in arrival order. */
    public List<JsonNode> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        inbox.drainTo(pending);
        List<JsonNode> all = new ArrayList<>(pending);
        pending.clear();
        return all;
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    public void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The close code the server sent, when it closes. */
    public int awaitClose() throws Exception {
        return closeCode.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Drops the TCP connection without a close handshake, as a lost network would. */
    public void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode m = inbox.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no message from the server");
        }
        return m;
    }
}
