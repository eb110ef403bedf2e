package org.kinship.bench.ref;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import org.kinship.bench.NettyTransport;

/**
 * The plain Netty reference: the same pipeline shape as Kinship's WebSocket path, with no auth, no
 * storage and no rules; rooms live in one map. Run: {@code java -cp kinship-bench.jar ...NettyBroadcastServer PORT}.
 */
public final class NettyBroadcastServer {
    static final int MAX_HTTP_BYTES = 16 * 1024;
    static final int MAX_FRAME_BYTES = 64 * 1024;

    private NettyBroadcastServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        NettyTransport transport = NettyTransport.best();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(transport.ioHandlers());
        BroadcastRooms rooms = new BroadcastRooms();
        try {
            Channel server = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec());
                            ch.pipeline().addLast(new HttpObjectAggregator(MAX_HTTP_BYTES));
                            ch.pipeline().addLast(new WebSocketServerProtocolHandler("/ws", null, false, MAX_FRAME_BYTES));
                            ch.pipeline().addLast(new BroadcastHandler(rooms));
                        }
                    }).bind("127.0.0.1", port).sync().channel();
            System.out.println("netty reference listening on 127.0.0.1:" + port);
            server.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }
}
