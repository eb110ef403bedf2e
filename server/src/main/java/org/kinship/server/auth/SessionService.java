package org.kinship.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.EndSession;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListSessions;
import org.kinship.protocol.Replies;
import org.kinship.protocol.SessionInfo;
import org.kinship.protocol.SessionsResult;
import org.kinship.server.Refused;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.SessionDao;
import org.kinship.server.store.SessionListRow;

/** A person's own sign-ins: see where they are signed in and end any of them. */
public final class SessionService {
    /** Hex characters of the token hash that name a session to its owner. */
    static final int PUBLIC_ID_CHARS = 16;
    /** Close code for a socket whose sign-in ended. */
    public static final int CLOSE_SESSION_ENDED = 4001;

    private final Db db;
    private final ConnectionRegistry connections;
    private final Clock clock;
    private final Duration idle;

    public SessionService(Db db, ConnectionRegistry connections, Clock clock, Duration idle) {
        this.db = db;
        this.connections = connections;
        this.clock = clock;
        this.idle = idle;
    }

    public CompletionStage<Outcome> list(Connection c, ListSessions request) {
        long now = clock.millis();
        return db.read(h -> Daos.of(h, SessionDao.class).listLive(c.userId(), now, now - idle.toMillis()))
                .thenApply(rows -> Outcome.of(new SessionsResult(rows.stream().map(row -> toWire(row, c)).toList())));
    }

    /** Revokes one of the person's sign-ins and closes its sockets, this one included if it is the current one. */
    public CompletionStage<Outcome> end(Connection c, EndSession request) {
        long now = clock.millis();
        return db.write(h -> {
            SessionDao sessions = Daos.of(h, SessionDao.class);
            SessionListRow row = sessions.listLive(c.userId(), now, now - idle.toMillis()).stream()
                    .filter(s -> publicId(s.key()).equals(request.sessionId())).findFirst()
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such sign-in of yours."));
            sessions.revoke(now, java.util.HexFormat.of().parseHex(row.key()));
            return row.key();
        }).thenApply(key -> {
            connections.forSession(key).stream().filter(other -> other != c)
                    .forEach(other -> other.close(CLOSE_SESSION_ENDED, "Signed out from another device"));
            if (key.equals(c.principal().sessionKey())) { // ending this very sign-in: answer, then close
                c.send(Replies.ok(request.id()));
                c.close(CLOSE_SESSION_ENDED, "Signed out");
                return Outcome.alreadyReplied();
            }
            return Outcome.empty();
        });
    }

    private static SessionInfo toWire(SessionListRow row, Connection c) {
        return new SessionInfo(publicId(row.key()), Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.lastSeenAt()),
                row.agent(), row.key().equals(c.principal().sessionKey()));
    }

    static String publicId(String key) {
        return key.substring(0, PUBLIC_ID_CHARS);
    }
}
