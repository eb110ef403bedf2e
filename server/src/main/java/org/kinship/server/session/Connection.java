package org.kinship.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.channel.ChannelFutureListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kinship.server.auth.Principal;

/**
 * One open WebSocket of one signed-in person. Safe to use from any thread: Netty queues writes
 * from other threads onto the channel's event loop in the order they were made.
 */
public final class Connection {
    private final Channel channel;
    private final Principal principal;
    private final MessageCodec codec;
    /** Rooms this connection receives live events for; written by the writer thread and on close. */
    private final Set<Long> subscribedRooms = ConcurrentHashMap.newKeySet();

    public Connection(Channel channel, Principal principal, MessageCodec codec) {
        this.channel = channel;
        this.principal = principal;
        this.codec = codec;
    }

    public Principal principal() {
        return principal;
    }

    public long userId() {
        return principal.userId();
    }

    public String id() {
        return channel.id().asShortText();
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    public void send(org.kinship.protocol.ServerMessage message) {
        channel.writeAndFlush(new TextWebSocketFrame(codec.encodeToBuffer(message)), channel.voidPromise());
    }

    /** Sends pre-encoded JSON; the caller keeps its own reference to {@code json}. */
    public void sendEncoded(ByteBuf json) {
        channel.writeAndFlush(new TextWebSocketFrame(json.retainedDuplicate()), channel.voidPromise());
    }

    /** Sends a close frame with the code, then closes; the future completes when the channel is closed. */
    public ChannelFuture close(int code, String reason) {
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(ChannelFutureListener.CLOSE);
        }
        return channel.closeFuture();
    }

    Set<Long> subscribedRooms() {
        return subscribedRooms;
    }

    public boolean isSubscribed(long roomId) {
        return subscribedRooms.contains(roomId);
    }
}
