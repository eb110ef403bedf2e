package org.kinship.server.session;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.Presence;
import org.kinship.protocol.ProtocolJson;
import org.kinship.protocol.Welcome;
import org.kinship.server.chat.ChatService;
import org.kinship.server.chat.MessageRules;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.StoreClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A connection's life: welcome on open, requests to the dispatcher, presence when a person comes and goes. */
public final class SessionLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SessionLifecycle.class);
    /** Most open sockets one person may hold (phone, laptop, a few tabs); more are refused at the upgrade. */
    public static final int MAX_CONNECTIONS_PER_PERSON = 10;

    private final ConnectionRegistry registry;
    private final Dispatcher dispatcher;
    private final Fanout fanout;
    private final Db db;
    private final Clock clock;
    /** Told of every new connection after its welcome, on the event loop: they must not block. */
    private final List<Consumer<Connection>> openListeners = new CopyOnWriteArrayList<>();

    public SessionLifecycle(ConnectionRegistry registry, Dispatcher dispatcher, Fanout fanout, Db db, Clock clock) {
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.fanout = fanout;
        this.db = db;
        this.clock = clock;
    }

    /** Adds work to do when a connection opens (e.g. announcing a milestone); it must not block. */
    public void onOpened(Consumer<Connection> listener) {
        openListeners.add(listener);
    }

    /** Whether this person already holds the most sockets allowed. */
    public boolean atConnectionLimit(long userId) {
        return registry.forUser(userId).size() >= MAX_CONNECTIONS_PER_PERSON;
    }

    public void opened(Connection connection) {
        boolean first = registry.add(connection);
        connection.send(new Welcome(connection.principal().toUserInfo(), ProtocolJson.PROTOCOL_VERSION, clock.instant(),
                MessageRules.MAX_BODY_CHARS, ChatService.MAX_PAGE));
        log.debug("connection {} opened for user {}", connection.id(), connection.userId());
        if (first) {
            announcePresence(connection, true);
        }
        openListeners.forEach(listener -> listener.accept(connection));
    }

    public void received(Connection connection, ClientMessage request) {
        dispatcher.dispatch(connection, request);
    }

    public void closed(Connection connection) {
        if (registry.remove(connection)) {
            announcePresence(connection, false);
        }
    }

    /** Tells everyone who shares a room with this person; the room list is read off the event loop. */
    private void announcePresence(Connection connection, boolean online) {
        long userId = connection.userId();
        Presence presence = new Presence(userId, connection.principal().handle(), online);
        db.read(h -> Daos.of(h, RoomDao.class).roomIdsOf(userId))
                .thenAccept(roomIds -> fanout.toRooms(roomIds, presence))
                .exceptionally(e -> {
                    if (!(e.getCause() instanceof StoreClosedException)) { // shutting down: nobody to tell
                        log.warn("presence for user {} not sent: {}", userId, e.toString());
                    }
                    return null;
                });
    }
}
