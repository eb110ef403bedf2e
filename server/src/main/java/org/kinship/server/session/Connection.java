package org.kinship.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kinship.server.auth.Principal;

/**
 * One open WebSocket of one signed-in person. Safe to use from any thread: Netty queues writes
 * from other threads onto the channel's event loop in the order they were made, and those sent while a
 * batch of the writer's is finished go out together at its end ({@link Outbox}).
 */
public final class Connection {
    /** Most bytes queued for one peer before it counts as not keeping up, in bytes. */
    public static final long MAX_PENDING_BYTES = 1024 * 1024;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Connection.class);

    /** Where this connection's whole frames join the pipeline, below the WebSocket handlers ({@link Outbox}). */
    private final ChannelHandlerContext entry;
    private final Channel channel;
    private final Principal principal;
    private final MessageCodec codec;
    /**
     * Set once a close frame is on its way or the peer is dropped. Nothing may follow a close frame, and
     * frames enter the pipeline below the WebSocket handler that would otherwise hold them back.
     */
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Rooms this connection receives live events for; written after commits and on close. */
    private final Set<Long> subscribedRooms = ConcurrentHashMap.newKeySet();

    public Connection(ChannelHandlerContext entry, Principal principal, MessageCodec codec) {
        this.entry = entry;
        this.channel = entry.channel();
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

    /**
     * Sends a reply (or the welcome). Replies are not cut off: there is one per request, and requests
     * are rate-limited, so what a peer can make the server queue this way is bounded.
     */
    public void send(org.kinship.protocol.ServerMessage message) {
        if (!closing.get()) {
            Outbox.send(entry, codec.encodeAsFrame(message));
        }
    }

    /**
     * Pushes an event already encoded as a frame ({@link MessageCodec#encodeAsFrame}), unless this peer has
     * fallen too far behind; the caller keeps {@code frame}.
     */
    public void sendEncoded(ByteBuf frame) {
        if (keepsUp()) {
            Outbox.send(entry, frame.retainedDuplicate());
        }
    }

    /**
     * A peer that stops reading makes its outbound buffer grow; past {@link #MAX_PENDING_BYTES} the
     * connection is closed rather than buffered without bound. The client reconnects and resumes from
     * its cursor, and nobody else waits for it.
     */
    private boolean keepsUp() {
        if (closing.get()) {
            return false;
        }
        if (channel.isWritable()) {
            return true;
        }
        long pending = channel.bytesBeforeWritable() + channel.config().getWriteBufferLowWaterMark();
        if (pending <= MAX_PENDING_BYTES) {
            return true;
        }
        if (closing.compareAndSet(false, true)) {
            // A close frame would queue behind what the peer is not reading; drop the connection outright.
            log.info("closing connection {} of user {}: {} bytes waiting, peer not reading", id(), userId(), pending);
            channel.close();
        }
        return false;
    }

    /** Sends a close frame with the code, then closes; the future completes when the channel is closed. */
    public ChannelFuture close(int code, String reason) {
        if (channel.isActive() && closing.compareAndSet(false, true)) {
            Outbox.sendAndClose(entry, new CloseWebSocketFrame(code, reason));
        }
        return channel.closeFuture();
    }

    /** Answers the peer's close frame with its own status, as RFC 6455 asks, then closes. */
    public void closeInAnswer(CloseWebSocketFrame theirs) {
        if (closing.compareAndSet(false, true)) {
            Outbox.sendAndClose(entry, theirs.retain());
        }
    }

    Set<Long> subscribedRooms() {
        return subscribedRooms;
    }

    public boolean isSubscribed(long roomId) {
        return subscribedRooms.contains(roomId);
    }
}
