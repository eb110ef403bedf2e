package org.kinship.bench;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * The transport the generator and the plain Netty reference use: native epoll on Linux, as the Kinship
 * server does, so that the reference stays the ceiling of Kinship's own stack; NIO elsewhere.
 */
public record NettyTransport(IoHandlerFactory ioHandlers, Class<? extends ServerChannel> serverChannel,
                             Class<? extends SocketChannel> clientChannel) {
    public static NettyTransport best() {
        if (Epoll.isAvailable()) {
            return new NettyTransport(EpollIoHandler.newFactory(), EpollServerSocketChannel.class, EpollSocketChannel.class);
        }
        return new NettyTransport(NioIoHandler.newFactory(), NioServerSocketChannel.class, NioSocketChannel.class);
    }
}
