package org.kinship.bench.ref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** One connection of the plain Netty reference: welcome, join, subscribe, and send with broadcast. */
final class BroadcastHandler extends SimpleChannelInboundHandler<TextWebSocketFrame> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong USER_IDS = new AtomicLong();

    private final BroadcastRooms rooms;
    private final Set<Long> subscribed = new HashSet<>();
    private final long userId = USER_IDS.incrementAndGet();

    BroadcastHandler(BroadcastRooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof HandshakeComplete) {
            ObjectNode welcome = JSON.createObjectNode().put("type", "welcome");
            welcome.putObject("user").put("id", userId).put("handle", "u" + userId).put("role", "participant");
            welcome.put("protocolVersion", 1).put("serverTime", Instant.now().toString())
                    .put("maxBodyChars", 4000).put("maxHistoryPage", 100);
            send(ctx.channel(), welcome);
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) throws IOException {
        JsonNode m = JSON.readTree(frame.text());
        String id = m.path("id").asText();
        switch (m.path("type").asText()) {
            case "room.join" -> send(ctx.channel(), ok(id));
            case "resume" -> {
                for (JsonNode cursor : m.path("rooms")) {
                    long roomId = cursor.path("roomId").asLong();
                    rooms.room(roomId).subscribers().add(ctx.channel());
                    subscribed.add(roomId);
                }
                send(ctx.channel(), ok(id));
            }
            case "message.send" -> broadcast(ctx.channel(), m, id);
            default -> send(ctx.channel(), JSON.createObjectNode().put("type", "error").put("id", id)
                    .put("code", "unknown_type").put("message", "Unknown type."));
        }
    }

    /**
     * A peer gone mid-write (a broken pipe when the generator closes its connections) is closed quietly, as
     * Kinship does. Unhandled, Netty logged each failed write with its stack trace: 128,311 of them in one run,
     * time the reference spent on logging rather than broadcasting.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    private void broadcast(Channel sender, JsonNode m, String id) throws IOException {
        long roomId = m.path("roomId").asLong();
        BroadcastRooms.Room room = rooms.room(roomId);
        long seq = room.seq().incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("roomId", roomId).put("seq", seq).put("rev", seq)
                .put("senderId", userId).put("senderHandle", "u" + userId)
                .put("clientKey", m.path("clientKey").asText()).put("body", m.path("body").asText())
                .put("sentAt", Instant.now().toString());
        ObjectNode ok = ok(id);
        ok.putObject("result").put("kind", "message").set("message", message);
        send(sender, ok);
        ObjectNode event = JSON.createObjectNode().put("type", "message.new");
        event.set("message", message);
        ByteBuf bytes = Unpooled.wrappedBuffer(JSON.writeValueAsBytes(event));
        try {
            for (Channel subscriber : room.subscribers()) {
                subscriber.writeAndFlush(new TextWebSocketFrame(bytes.retainedDuplicate()), subscriber.voidPromise());
            }
        } finally {
            bytes.release();
        }
    }

    private static ObjectNode ok(String id) {
        return JSON.createObjectNode().put("type", "ok").put("id", id);
    }

    private static void send(Channel channel, ObjectNode message) {
        channel.writeAndFlush(new TextWebSocketFrame(message.toString()), channel.voidPromise());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        rooms.unsubscribe(ctx.channel(), subscribed);
        super.channelInactive(ctx);
    }
}
