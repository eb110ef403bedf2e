package org.kinship.server.net;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Pings a quiet WebSocket so the peer answers with a pong, and closes a connection that has sent
 * nothing at all (not even a pong) for the read timeout: a dead peer never holds resources for long.
 */
final class HeartbeatHandler extends ChannelDuplexHandler {
    private boolean upgraded;

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete) {
            upgraded = true;
        }
        if (event instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            } else if (idle.state() == IdleState.ALL_IDLE && upgraded) {
                ctx.writeAndFlush(new PingWebSocketFrame());
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }
}
