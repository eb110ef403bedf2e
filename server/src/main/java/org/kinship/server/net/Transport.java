package org.kinship.server.net;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * Netty's native epoll transport on Linux, the JDK's NIO elsewhere. Why native: at the 250x8 fan-out most
 * of the server's core goes to writing small frames to many sockets, and the native transport writes them
 * with fewer copies and less bookkeeping per call than the JDK's selector and socket channels
 * (BENCHMARKS.md, eighth round). Both behave the same to the handlers; Netty's own
 * {@code -Dio.netty.transport.noNative=true} switches to NIO.
 */
record Transport(String name, IoHandlerFactory ioHandlers, Class<? extends ServerChannel> serverChannel) {
    static Transport best() {
        return Epoll.isAvailable() ? epoll() : nio();
    }

    static Transport epoll() {
        return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
    }

    static Transport nio() {
        return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
    }
}
