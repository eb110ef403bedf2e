package org.kinship.server;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.time.Clock;
import org.kinship.protocol.AcceptGuidelines;
import org.kinship.protocol.ApplySanction;
import org.kinship.protocol.BlockUser;
import org.kinship.protocol.DecideJoinRequest;
import org.kinship.protocol.GetProfile;
import org.kinship.protocol.ListBlocks;
import org.kinship.protocol.ListJoinRequests;
import org.kinship.protocol.ListWords;
import org.kinship.protocol.PinMessage;
import org.kinship.protocol.SetProfile;
import org.kinship.protocol.SetWords;
import org.kinship.protocol.UnblockUser;
import org.kinship.protocol.UpdateRoom;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.CreateInvite;
import org.kinship.protocol.CreateReport;
import org.kinship.protocol.LiftSanction;
import org.kinship.protocol.ListAudit;
import org.kinship.protocol.ListReports;
import org.kinship.protocol.ListSanctions;
import org.kinship.protocol.ListUsers;
import org.kinship.protocol.RemoveMessage;
import org.kinship.protocol.ResolveReport;
import org.kinship.protocol.SetOrgRole;
import org.kinship.protocol.SetRoomRole;
import org.kinship.protocol.CreateRoom;
import org.kinship.protocol.DeleteMessage;
import org.kinship.protocol.EditMessage;
import org.kinship.protocol.History;
import org.kinship.protocol.JoinRoom;
import org.kinship.protocol.LeaveRoom;
import org.kinship.protocol.ListMembers;
import org.kinship.protocol.ListRooms;
import org.kinship.protocol.Resume;
import org.kinship.protocol.SendMessage;
import org.kinship.protocol.Typing;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.audit.AuditService;
import org.kinship.server.moderation.ExpiryQueue;
import org.kinship.server.moderation.ReportService;
import org.kinship.server.moderation.RoleService;
import org.kinship.server.moderation.SanctionService;
import org.kinship.server.moderation.WordFilter;
import org.kinship.server.moderation.WordService;
import org.kinship.server.people.BlockService;
import org.kinship.server.people.ProfileService;
import org.kinship.server.room.JoinRequestService;
import org.kinship.server.room.RoomSettingsService;
import org.kinship.server.auth.AuthService;
import org.kinship.server.auth.PasswordHasher;
import org.kinship.server.auth.SetupCode;
import org.kinship.server.chat.ChatService;
import org.kinship.server.chat.ResumeService;
import org.kinship.server.config.ServerConfig;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.fanout.LocalFanout;
import org.kinship.server.net.HttpServer;
import org.kinship.server.room.RoomService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Dispatcher;
import org.kinship.server.session.MessageCodec;
import org.kinship.server.session.SessionLifecycle;
import org.kinship.server.store.Database;
import org.kinship.server.store.Db;
import org.kinship.server.store.UserDao;
import org.kinship.server.session.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running server: every part wired together, and the order they stop in. */
public final class Kinship implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kinship.class);
    /** WebSocket close code for a sign-in that ended (logout or revocation). */
    public static final int CLOSE_SESSION_ENDED = 4001;
    /** How long shutdown waits for one socket's close handshake, in milliseconds. */
    static final long CLOSE_WAIT_MS = 1_000;

    private final Db db;
    private final PasswordHasher hasher;
    private final ExpiryQueue expiries;
    private final ConnectionRegistry connections;
    private final Dispatcher dispatcher;
    private final HttpServer http;
    private final SetupCode setupCode;
    private final int port;

    private Kinship(Db db, PasswordHasher hasher, ExpiryQueue expiries, ConnectionRegistry connections,
                    Dispatcher dispatcher, HttpServer http, SetupCode setupCode, int port) {
        this.db = db;
        this.hasher = hasher;
        this.expiries = expiries;
        this.connections = connections;
        this.dispatcher = dispatcher;
        this.http = http;
        this.setupCode = setupCode;
        this.port = port;
    }

    public static Kinship start(ServerConfig config, Clock clock) throws InterruptedException {
        Db db = new Db(Database.open(config.databaseFile()));
        boolean empty = db.readNow(h -> h.attach(UserDao.class).count()) == 0;
        SetupCode setupCode = empty ? SetupCode.fresh() : SetupCode.none();
        PasswordHasher hasher = new PasswordHasher(config.bcryptCost());
        AuditLog audit = new AuditLog(clock);
        MessageCodec codec = new MessageCodec();
        ConnectionRegistry connections = new ConnectionRegistry();
        Fanout fanout = new LocalFanout(connections, codec);
        AuthService auth = new AuthService(db, hasher, audit, clock, config.sessionLifetime(), setupCode);
        RoomService rooms = new RoomService(db, fanout, connections, audit, clock);
        WordFilter words = new WordFilter();
        WordService wordList = new WordService(db, words, audit, clock);
        wordList.load();
        ChatService chat = new ChatService(db, fanout, audit, words, clock);
        RoomSettingsService roomSettings = new RoomSettingsService(db, fanout, audit, clock);
        JoinRequestService joinRequests = new JoinRequestService(db, fanout, connections, audit, clock);
        BlockService blocks = new BlockService(db, clock);
        ProfileService profiles = new ProfileService(db, audit, clock);
        ResumeService resume = new ResumeService(db, connections);
        ExpiryQueue expiries = new ExpiryQueue(clock);
        SanctionService sanctions = new SanctionService(db, fanout, connections, audit, clock, expiries);
        ReportService reports = new ReportService(db, fanout, audit, clock);
        RoleService roles = new RoleService(db, fanout, connections, audit);
        AuditService auditTrail = new AuditService(db, audit);

        Dispatcher dispatcher = Dispatcher.builder()
                .on(ListRooms.class, rooms::list)
                .on(CreateRoom.class, rooms::create)
                .on(JoinRoom.class, rooms::join)
                .on(LeaveRoom.class, rooms::leave)
                .on(ListMembers.class, rooms::members)
                .on(Typing.class, rooms::typing)
                .on(Resume.class, resume::resume)
                .on(History.class, chat::history)
                .on(SendMessage.class, chat::send)
                .on(EditMessage.class, chat::edit)
                .on(DeleteMessage.class, chat::delete)
                .on(CreateInvite.class, (c, request) -> auth.createInvite(c.principal(), request).thenApply(Outcome::of))
                .on(ListUsers.class, roles::listUsers)
                .on(SetOrgRole.class, roles::setOrgRole)
                .on(SetRoomRole.class, roles::setRoomRole)
                .on(ApplySanction.class, sanctions::apply)
                .on(LiftSanction.class, sanctions::lift)
                .on(ListSanctions.class, sanctions::list)
                .on(RemoveMessage.class, chat::remove)
                .on(CreateReport.class, reports::create)
                .on(ListReports.class, reports::list)
                .on(ResolveReport.class, reports::resolve)
                .on(ListAudit.class, auditTrail::list)
                .on(UpdateRoom.class, roomSettings::update)
                .on(AcceptGuidelines.class, roomSettings::acceptGuidelines)
                .on(PinMessage.class, roomSettings::pin)
                .on(ListJoinRequests.class, joinRequests::list)
                .on(DecideJoinRequest.class, joinRequests::decide)
                .on(ListWords.class, wordList::list)
                .on(SetWords.class, wordList::set)
                .on(BlockUser.class, blocks::block)
                .on(UnblockUser.class, blocks::unblock)
                .on(ListBlocks.class, blocks::list)
                .on(GetProfile.class, profiles::get)
                .on(SetProfile.class, profiles::set)
                .onPrivilegeRefused((c, request) -> db.write(h -> {
                    audit.append(h, new AuditEntry(c.userId(), c.principal().role().wireName(),
                            "refused." + request.getClass().getSimpleName(), null, roomIdOf(request), "", true));
                    return null;
                }))
                .build();
        SessionLifecycle lifecycle = new SessionLifecycle(connections, dispatcher, fanout, db, clock);
        sanctions.startExpiries();
        HttpServer http = new HttpServer();
        int port = http.start(config, auth, auditTrail, codec, lifecycle, sessionKey ->
                connections.forSession(sessionKey).forEach(c -> c.close(CLOSE_SESSION_ENDED, "Signed out")));
        return new Kinship(db, hasher, expiries, connections, dispatcher, http, setupCode, port);
    }

    /** The room a request is about, if it names one: refused attempts are filed under their room. */
    private static Long roomIdOf(ClientMessage request) {
        for (var component : request.getClass().getRecordComponents()) {
            if (component.getName().equals("roomId")) {
                try {
                    return component.getAccessor().invoke(request) instanceof Long id ? id : null; // long is boxed
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    public int port() {
        return port;
    }

    /** The first-admin setup code while no account exists; null after. */
    public String setupCode() {
        return setupCode.value();
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
        expiries.close();
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
