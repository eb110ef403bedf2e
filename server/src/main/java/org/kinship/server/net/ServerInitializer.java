package org.kinship.server.net;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.concurrent.TimeUnit;
import org.kinship.server.auth.AuthService;
import org.kinship.server.config.Heartbeat;
import org.kinship.server.session.MessageCodec;
import org.kinship.server.session.SessionLifecycle;

/** The pipeline, one concern per handler, in the order bytes meet them. */
final class ServerInitializer extends ChannelInitializer<SocketChannel> {
    static final String WEBSOCKET_PATH = "/ws";
    /** Largest HTTP request body (API calls are tiny JSON), in bytes. */
    static final int MAX_HTTP_BODY_BYTES = 16 * 1024;
    /** Largest WebSocket frame and reassembled message, in bytes; beyond it the socket closes with 1009. */
    static final int MAX_WS_MESSAGE_BYTES = 64 * 1024;
    static final long HANDSHAKE_TIMEOUT_MS = 10_000;

    private final SslContext tls;
    private final OriginPolicy origins;
    private final AuthService auth;
    private final HttpApiHandler api;
    private final StaticFileHandler staticFiles;
    private final MessageCodec codec;
    private final SessionLifecycle lifecycle;
    private final Heartbeat heartbeat;

    ServerInitializer(Heartbeat heartbeat, SslContext tls, OriginPolicy origins, AuthService auth, HttpApiHandler api, StaticFiles files,
                      MessageCodec codec, SessionLifecycle lifecycle) {
        this.tls = tls;
        this.origins = origins;
        this.auth = auth;
        this.api = api;
        this.staticFiles = new StaticFileHandler(files);
        this.codec = codec;
        this.lifecycle = lifecycle;
        this.heartbeat = heartbeat;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
        }
        pipeline.addLast(FrameEntry.NAME, FrameEntry.INSTANCE);
        // A connection that sends nothing at all (not a request, not a pong, not an HTTP upgrade) for the
        // timeout is closed; only what the peer sends counts, not what the server writes to it.
        pipeline.addLast("silence", new ReadTimeoutHandler(heartbeat.closeAfter().toMillis(), TimeUnit.MILLISECONDS));
        // Pings go to a peer that has been quiet, however much the server writes to it: someone reading a
        // busy room sends nothing, and only their pongs keep the silence timeout from closing them.
        pipeline.addLast("quiet", new IdleStateHandler(heartbeat.pingAfter().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        pipeline.addLast("http", new HttpServerCodec());
        pipeline.addLast("http-aggregate", new HttpObjectAggregator(MAX_HTTP_BODY_BYTES));
        pipeline.addLast("ws-guard", new WebSocketUpgradeGuard(WEBSOCKET_PATH, origins, auth, lifecycle));
        pipeline.addLast("ws-protocol", new WebSocketServerProtocolHandler(webSocketConfig()));
        // After the upgrade handler: it must see HandshakeComplete, and its pings must pass the frame encoder.
        pipeline.addLast("heartbeat", new HeartbeatHandler());
        pipeline.addLast("ws-aggregate", new WebSocketFrameAggregator(MAX_WS_MESSAGE_BYTES));
        pipeline.addLast("ws-session", new WebSocketSessionHandler(codec, lifecycle));
        pipeline.addLast("api", api);
        pipeline.addLast("static", staticFiles);
    }

    private static WebSocketServerProtocolConfig webSocketConfig() {
        return WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WEBSOCKET_PATH)
                .checkStartsWith(false)
                .handshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MS)
                // The session handler answers a peer's close frame, so that its connection knows it is closing.
                .handleCloseFrames(false)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(MAX_WS_MESSAGE_BYTES)
                        .allowExtensions(false)
                        .withUTF8Validator(true)
                        .closeOnProtocolViolation(true)
                        .build())
                .build();
    }
}
