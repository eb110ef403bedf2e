package org.kinship.server.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has sent nothing at all (not a request, not a pong, not an HTTP upgrade) for
 * the timeout, so dead, half-open and never-authenticated peers hold nothing for long. Only what the
 * peer sends counts: what the server writes to it says nothing about whether it is still there.
 */
final class SilenceTimeout extends IdleStateHandler {
    SilenceTimeout(Duration timeout) {
        super(timeout.toMillis(), 0, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent event) {
        ctx.close();
    }
}
