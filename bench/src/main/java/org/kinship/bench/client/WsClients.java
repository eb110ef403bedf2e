package org.kinship.bench.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.kinship.bench.NettyTransport;

/**
 * The generator's WebSocket clients: every connection on one event loop, so the whole generator is one
 * thread on its own core, its histograms need no locks, and its CPU share is easy to judge.
 */
public final class WsClients implements AutoCloseable {
    /** Largest frame the generator accepts; history pages of 100 messages fit easily. */
    static final int MAX_FRAME_BYTES = 1 << 20;
    static final int MAX_HANDSHAKE_BYTES = 16 * 1024;
    static final long HANDSHAKE_TIMEOUT_MS = 30_000;

    private final NettyTransport transport = NettyTransport.best();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transport.ioHandlers());
    private final Bootstrap bootstrap = new Bootstrap().group(group).channel(transport.clientChannel())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) HANDSHAKE_TIMEOUT_MS);

    public EventLoop loop() {
        return group.next();
    }

    /** Opens a socket and hands it to {@code session}, which is told when the upgrade is done. */
    public void connect(URI uri, HttpHeaders headers, String subprotocol, FrameListener session) {
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .subprotocol(subprotocol)
                .customHeaders(headers)
                .handshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MS)
                .maxFramePayloadLength(MAX_FRAME_BYTES)
                .withUTF8Validator(false)
                .dropPongFrames(true)
                .build();
        bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new HttpClientCodec());
                ch.pipeline().addLast(new HttpObjectAggregator(MAX_HANDSHAKE_BYTES));
                ch.pipeline().addLast(new WebSocketClientProtocolHandler(config));
                ch.pipeline().addLast(new WsHandler(session));
            }
        }).connect(uri.getHost(), uri.getPort()).addListener(f -> {
            if (!f.isSuccess()) {
                session.onFailure(f.cause());
            }
        });
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
