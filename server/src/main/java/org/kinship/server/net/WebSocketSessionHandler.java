package org.kinship.server.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.Replies;
import org.kinship.server.session.Connection;
import org.kinship.server.session.MessageCodec;
import org.kinship.server.session.SessionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket after its handshake: text frames become requests for the dispatcher, a close frame is
 * answered, anything else gets a clear error, and opening and closing are reported to the session lifecycle.
 */
final class WebSocketSessionHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger log = LoggerFactory.getLogger(WebSocketSessionHandler.class);

    private final MessageCodec codec;
    private final SessionLifecycle lifecycle;
    private Connection connection;

    WebSocketSessionHandler(MessageCodec codec, SessionLifecycle lifecycle) {
        this.codec = codec;
        this.lifecycle = lifecycle;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            connection = new Connection(ctx.pipeline().context(FrameEntry.NAME),
                    ctx.channel().attr(WebSocketUpgradeGuard.PRINCIPAL).get(), codec);
            lifecycle.opened(connection);
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (connection == null) {
            return;
        }
        if (frame instanceof TextWebSocketFrame text) {
            MessageCodec.Decoded decoded = codec.decode(text.text());
            if (decoded instanceof MessageCodec.Request request) {
                lifecycle.received(connection, request.message());
            } else if (decoded instanceof MessageCodec.Invalid invalid) {
                connection.send(invalid.reply());
            }
        } else if (frame instanceof CloseWebSocketFrame close) {
            connection.closeInAnswer(close);
        } else if (frame instanceof BinaryWebSocketFrame) {
            connection.send(Replies.error(null, ErrorCode.UNSUPPORTED_FRAME));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (connection != null) {
            lifecycle.closed(connection);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException && connection != null) {
            connection.close(WebSocketCloseStatus.MESSAGE_TOO_BIG.code(), "Message too big");
            return;
        }
        log.debug("closing connection {} after {}", ctx.channel().id().asShortText(), cause.toString());
        ctx.close();
    }
}
