package org.kinship.server.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kinship.server.EventLoopGuard;
import org.kinship.server.audit.AuditService;
import org.kinship.server.auth.AuthService;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.privacy.DataRights;
import org.kinship.server.session.MessageCodec;
import org.kinship.server.session.SessionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binds the listening socket and owns the event loops; it wires and shuts down, nothing else. */
public final class HttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    /** A channel is unwritable above the high mark and writable again below the low one, in bytes. */
    static final int WRITE_LOW_BYTES = 32 * 1024;
    static final int WRITE_HIGH_BYTES = 256 * 1024;

    private final Transport transport = Transport.best();
    private final EventLoopGroup boss =
            new MultiThreadIoEventLoopGroup(1, EventLoopGuard.eventLoopThreads("accept"), transport.ioHandlers());
    private final EventLoopGroup workers =
            new MultiThreadIoEventLoopGroup(0, EventLoopGuard.eventLoopThreads("io"), transport.ioHandlers());
    private Channel serverChannel;

    public int start(ServerConfig config, AuthService auth, AuditService audit, DataRights dataRights, MessageCodec codec,
                     SessionLifecycle lifecycle, Consumer<String> endSessionConnections) throws InterruptedException {
        OriginPolicy origins = new OriginPolicy(config.allowedOrigins());
        SslContext tls = config.tls() == null ? null : TlsContexts.forServer(config.tls());
        HttpApiHandler api = new HttpApiHandler(auth, audit, dataRights, origins, config.sessionLifetime(), tls != null,
                endSessionConnections);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(WRITE_LOW_BYTES, WRITE_HIGH_BYTES))
                .childHandler(new ServerInitializer(config.heartbeat(), tls, origins, auth, api, StaticFiles.loadFromClasspath(), codec, lifecycle));
        serverChannel = bootstrap.bind(config.bind(), config.port()).sync().channel();
        log.info("Listening with the {} transport", transport.name());
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops accepting new connections; open ones stay until {@link #close}. */
    public void stopAccepting() {
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly();
        }
    }

    @Override
    public void close() {
        stopAccepting();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
