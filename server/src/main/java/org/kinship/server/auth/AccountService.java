package org.kinship.server.auth;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.EndUserSessions;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.SetUserDisabled;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Db;
import org.kinship.server.store.SessionDao;
import org.kinship.server.store.UserDao;

/** An admin's hold on accounts: disable and enable one, or end all of a person's sign-ins. */
public final class AccountService {
    private final Db db;
    private final ConnectionRegistry connections;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(Db db, ConnectionRegistry connections, AuditLog audit, Clock clock) {
        this.db = db;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    /** Disabling ends every sign-in at once; the account cannot sign in until enabled again. */
    public CompletionStage<Outcome> setDisabled(Connection c, SetUserDisabled request) {
        if (request.userId() == c.userId()) {
            throw new Refused(ErrorCode.FORBIDDEN, "You cannot disable your own account; ask another admin.");
        }
        return db.write(h -> {
            UserDao users = h.attach(UserDao.class);
            users.findById(request.userId()).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            users.setDisabledAt(request.disabled() ? clock.millis() : null, request.userId());
            List<String> ended = request.disabled()
                    ? h.attach(SessionDao.class).revokeAllOf(request.userId(), clock.millis(), "") : List.of();
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                    request.disabled() ? "user.disabled" : "user.enabled", request.userId(), null, ""));
            return ended;
        }, this::closeSockets).thenApply(ended -> Outcome.empty());
    }

    public CompletionStage<Outcome> endSessions(Connection c, EndUserSessions request) {
        return db.write(h -> {
            h.attach(UserDao.class).findById(request.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            List<String> ended = h.attach(SessionDao.class).revokeAllOf(request.userId(), clock.millis(), "");
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "user.sessions.ended",
                    request.userId(), null, "sessions=" + ended.size()));
            return ended;
        }, this::closeSockets).thenApply(ended -> Outcome.empty());
    }

    /** Closes every socket of the given sign-ins (hex keys) with "session ended". */
    void closeSockets(List<String> sessionKeys) {
        sessionKeys.forEach(key -> connections.forSession(key)
                .forEach(conn -> conn.close(SessionService.CLOSE_SESSION_ENDED, "Signed out by an admin")));
    }
}
