package org.kinship.bench.kinship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kinship.bench.client.FrameListener;
import org.kinship.bench.client.WsClients;
import org.kinship.bench.load.Identity;

/** The admin's own socket, for the set-up requests (rooms, invites); replies are matched by id. */
public final class KinshipAdmin implements FrameListener, AutoCloseable {
    static final long REPLY_TIMEOUT_S = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CompletableFuture<Channel> open = new CompletableFuture<>();
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private Channel channel;

    public static KinshipAdmin connect(WsClients clients, Identity admin) {
        KinshipAdmin a = new KinshipAdmin();
        clients.connect(admin.uri(), admin.headers(), null, a);
        a.channel = a.open.orTimeout(REPLY_TIMEOUT_S, TimeUnit.SECONDS).join();
        return a;
    }

    /** Sends {@code request} (its id is filled in) and returns the {@code result} of its ok reply. */
    public CompletableFuture<JsonNode> request(ObjectNode request) {
        String id = "a" + ids.incrementAndGet();
        request.put("id", id);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        channel.writeAndFlush(new TextWebSocketFrame(request.toString()));
        return reply.orTimeout(REPLY_TIMEOUT_S, TimeUnit.SECONDS);
    }

    public CompletableFuture<String> createRoom(String name) {
        ObjectNode r = JSON.createObjectNode().put("type", "room.create").put("name", name);
        return request(r).thenApply(result -> result.path("room").path("id").asText());
    }

    public CompletableFuture<String> createInvite() {
        return request(JSON.createObjectNode().put("type", "invite.create")).thenApply(result -> result.get("code").asText());
    }

    @Override
    public void onOpen(Channel channel) {
        open.complete(channel);
    }

    @Override
    public void onText(ByteBuf text) {
        JsonNode message;
        try {
            message = JSON.readTree(text.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode id = message.get("id");
        CompletableFuture<JsonNode> reply = id == null ? null : pending.remove(id.asText());
        if (reply == null) {
            return; // an event
        }
        if ("ok".equals(message.get("type").asText())) {
            reply.complete(message.path("result"));
        } else {
            reply.completeExceptionally(new IllegalStateException("refused: " + message));
        }
    }

    @Override
    public void onFailure(Throwable cause) {
        open.completeExceptionally(cause);
        pending.values().forEach(f -> f.completeExceptionally(cause));
    }

    @Override
    public void onClose() {
        onFailure(new IllegalStateException("admin socket closed"));
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close();
        }
    }
}
