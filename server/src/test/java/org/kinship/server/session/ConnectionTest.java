package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.Replies;
import org.kinship.server.auth.Principal;

/**
 * Frames enter below the WebSocket handler that would hold back data after a close frame, so the
 * connection itself sends nothing once its close frame is on the way, even while a slow peer has not
 * taken the close frame yet.
 */
class ConnectionTest {
    private final MessageCodec codec = new MessageCodec();

    @Test
    void nothingFollowsTheCloseFrame() {
        EmbeddedChannel channel = new EmbeddedChannel(new SlowPeer(), new EntryStandIn());
        Connection connection = connectionOn(channel);
        connection.send(Replies.ok("before"));
        ByteBuf before = channel.readOutbound();
        assertTrue(before.toString(StandardCharsets.UTF_8).contains("\"before\""));
        before.release();

        connection.close(4001, "account deleted");
        connection.send(Replies.ok("after"));
        ByteBuf event = codec.encodeAsFrame(Replies.ok("event"));
        connection.sendEncoded(event);
        event.release();
        connection.closeInAnswer(new CloseWebSocketFrame(1000, "bye"));

        CloseWebSocketFrame close = assertInstanceOf(CloseWebSocketFrame.class, channel.readOutbound());
        assertEquals(4001, close.statusCode());
        close.release();
        assertNull(channel.readOutbound(), "nothing after the close frame");
        channel.finishAndReleaseAll();
    }

    private Connection connectionOn(EmbeddedChannel channel) {
        return new Connection(EntryStandIn.in(channel), new Principal(7, "river", OrgRole.PARTICIPANT, "key"), codec);
    }

    /** A peer that has not yet taken the close frame: its write stays pending, so the channel stays open. */
    private static final class SlowPeer extends ChannelOutboundHandlerAdapter {
        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            ctx.write(msg, msg instanceof CloseWebSocketFrame ? ctx.newPromise() : promise);
        }
    }
}
