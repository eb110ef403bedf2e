package org.kinship.server.session;

import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * Stands for the server's frame entry point ({@code net.FrameEntry}, package-private there): a handler
 * that does nothing, placed where frames join the pipeline.
 */
final class EntryStandIn extends ChannelHandlerAdapter {
    /** The stand-in's place in {@code channel}'s pipeline, as a connection's entry. */
    static ChannelHandlerContext in(EmbeddedChannel channel) {
        return channel.pipeline().context(EntryStandIn.class);
    }
}
