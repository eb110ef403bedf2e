package org.kinship.server;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.time.Clock;
import java.util.List;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.audit.RefusalRecorder;
import org.kinship.server.auth.PasswordHasher;
import org.kinship.server.auth.SessionService;
import org.kinship.server.auth.SetupCode;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.fanout.LocalFanout;
import org.kinship.server.limits.RequestLimits;
import org.kinship.server.schedule.ExpiryQueue;
import org.kinship.server.net.HttpServer;
import org.kinship.server.privacy.RetentionService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Dispatcher;
import org.kinship.server.session.MessageCodec;
import org.kinship.server.session.Outbox;
import org.kinship.server.session.SessionLifecycle;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Database;
import org.kinship.server.store.Db;
import org.kinship.server.store.UserDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server: every part wired together, and the order they stop in. */
public final class Kinship implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kinship.class);
    /** How long shutdown waits for one socket's close handshake, in milliseconds. */
    static final long CLOSE_WAIT_MS = 1_000;

    private final Db db;
    private final PasswordHasher hasher;
    /** Background clocks (sanction expiry, support escalation), stopped before the store closes. */
    private final List<AutoCloseable> timers;
    private final ConnectionRegistry connections;
    private final Dispatcher dispatcher;
    private final HttpServer http;
    private final SetupCode setupCode;
    private final int port;
    private final RetentionService retention;

    private Kinship(Db db, PasswordHasher hasher, List<AutoCloseable> timers, ConnectionRegistry connections,
                    Dispatcher dispatcher, HttpServer http, SetupCode setupCode, int port, RetentionService retention) {
        this.db = db;
        this.hasher = hasher;
        this.timers = timers;
        this.connections = connections;
        this.dispatcher = dispatcher;
        this.http = http;
        this.setupCode = setupCode;
        this.port = port;
        this.retention = retention;
    }

    public static Kinship start(ServerConfig config, Clock clock) throws InterruptedException {
        Db db = new Db(Database.open(config.databaseFile()), Outbox::collect);
        boolean empty = db.readNow(h -> Daos.of(h, UserDao.class).count()) == 0;
        SetupCode setupCode = empty ? SetupCode.fresh() : SetupCode.none();
        PasswordHasher hasher = new PasswordHasher(config.bcryptCost());
        AuditLog audit = new AuditLog(clock);
        MessageCodec codec = new MessageCodec();
        ConnectionRegistry connections = new ConnectionRegistry();
        Fanout fanout = new LocalFanout(connections, codec);
        ExpiryQueue expiries = new ExpiryQueue(clock, "sanction-expiry");
        Services services = Services.create(db, fanout, connections, audit, hasher, setupCode, config, clock, expiries);
        Dispatcher dispatcher = Routes.dispatcher(services, new RefusalRecorder(db, audit), new RequestLimits(config.rateLimits(), clock));
        SessionLifecycle lifecycle = new SessionLifecycle(connections, dispatcher, fanout, db, clock);
        lifecycle.onOpened(services.recovery()::connected);
        services.sanctions().startExpiries();
        services.support().startEscalations();
        services.retention().start();
        HttpServer http = new HttpServer();
        int port = http.start(config, services.auth(), services.auditTrail(), services.dataRights(), codec, lifecycle, sessionKey ->
                connections.forSession(sessionKey).forEach(c -> c.close(SessionService.CLOSE_SESSION_ENDED, "Signed out")));
        return new Kinship(db, hasher, List.of(expiries, services.support()::stop, services.retention()), connections, dispatcher,
                http, setupCode, port, services.retention());
    }

    public int port() {
        return port;
    }

    /** The first-admin setup code while no account exists; null after. */
    public String setupCode() {
        return setupCode.value();
    }

    /** The retention purge, so tests (and an operator's tooling) can run it now instead of waiting for its timer. */
    public RetentionService retention() {
        return retention;
    }

    /** The store, for tests that simulate a failing disk. */
    Db db() {
        return db;
    }

    /** The dispatcher, for the test that every request type is routed. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * Graceful stop: no new connections or requests, every queued write committed and acknowledged,
     * then every socket closed with "going away" (1001) so clients reconnect and resume.
     */
    @Override
    public void close() {
        http.stopAccepting();
        dispatcher.stopAccepting();
        for (AutoCloseable timer : timers) {
            try {
                timer.close();
            } catch (Exception e) {
                log.warn("stopping a timer failed", e);
            }
        }
        db.close();
        for (Connection connection : connections.all()) {
            connection.close(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "Server restarting")
                    .awaitUninterruptibly(CLOSE_WAIT_MS);
        }
        hasher.close();
        http.close();
        log.info("Kinship stopped");
    }
}
