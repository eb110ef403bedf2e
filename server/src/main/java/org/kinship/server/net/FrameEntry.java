package org.kinship.server.net;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerAdapter;

/**
 * Where a connection's outgoing frames join the pipeline: above TLS, below every other handler. Each
 * event and reply is already a whole WebSocket frame ({@code TextFrames}) that none of the handlers
 * above would change, and passing every write and flush through them was about half of the event loops'
 * Java time at 250 rooms of 8 (JFR). The handler does nothing itself; only its place counts. What the
 * WebSocket handler above would have enforced, that nothing follows a close frame, the
 * {@code Connection} enforces instead.
 */
@ChannelHandler.Sharable
final class FrameEntry extends ChannelHandlerAdapter {
    static final String NAME = "frames";
    static final FrameEntry INSTANCE = new FrameEntry();

    private FrameEntry() {
    }
}
