package org.kinship.server.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class TransportTest {
    /** The native binary ships in the jar for Linux on x86-64; without it the server would quietly fall back to NIO. */
    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void linuxOnX86UsesNativeEpoll() {
        assertEquals("epoll", Transport.best().name(), () -> "epoll unavailable: " + Epoll.unavailabilityCause());
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void epollCarriesBytesBothWays() throws Exception {
        assertEchoes(Transport.epoll());
    }

    @Test
    void nioCarriesBytesBothWays() throws Exception {
        assertEchoes(Transport.nio());
    }

    /** Binds a loopback echo server on the transport's own event loops and channel class, and talks to it. */
    private static void assertEchoes(Transport transport) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
        try {
            Channel server = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .childHandler(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            ctx.writeAndFlush((ByteBuf) msg);
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            byte[] sent = "hello over ".concat(transport.name()).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket()) {
                socket.connect((InetSocketAddress) server.localAddress(), 5_000);
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(sent);
                InputStream in = socket.getInputStream();
                assertArrayEquals(sent, in.readNBytes(sent.length));
            }
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }
}
