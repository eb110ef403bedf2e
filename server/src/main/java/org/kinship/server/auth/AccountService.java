package org.kinship.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.CreatePasswordReset;
import org.kinship.protocol.EndUserSessions;
import org.kinship.protocol.PasswordResetResult;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.SetUserDisabled;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.PasswordResetDao;
import org.kinship.server.store.SessionDao;
import org.kinship.server.store.UserDao;

/** An admin's hold on accounts: disable and enable one, or end all of a person's sign-ins. */
public final class AccountService {
    /** How long a password reset code works. */
    public static final Duration RESET_LIFETIME = Duration.ofHours(24);

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
            UserDao users = Daos.of(h, UserDao.class);
            users.findById(request.userId()).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            users.setDisabledAt(request.disabled() ? clock.millis() : null, request.userId());
            List<String> ended = request.disabled()
                    ? Daos.of(h, SessionDao.class).revokeAllOf(request.userId(), clock.millis(), "") : List.of();
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                    request.disabled() ? "user.disabled" : "user.enabled", request.userId(), null, ""));
            return ended;
        }, this::closeSockets).thenApply(ended -> Outcome.empty());
    }

    public CompletionStage<Outcome> endSessions(Connection c, EndUserSessions request) {
        return db.write(h -> {
            Daos.of(h, UserDao.class).findById(request.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            List<String> ended = Daos.of(h, SessionDao.class).revokeAllOf(request.userId(), clock.millis(), "");
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "user.sessions.ended",
                    request.userId(), null, "sessions=" + ended.size()));
            return ended;
        }, this::closeSockets).thenApply(ended -> Outcome.empty());
    }

    /** A single-use reset code for a person who forgot their password; the admin hands it over, never a password. */
    public CompletionStage<Outcome> createReset(Connection c, CreatePasswordReset request) {
        String code = Tokens.newHumanCode(Tokens.INVITE_CODE_BYTES);
        Instant expiresAt = clock.instant().plus(RESET_LIFETIME);
        return db.write(h -> {
            Daos.of(h, UserDao.class).findById(request.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            Daos.of(h, PasswordResetDao.class).insert(Tokens.sha256(Tokens.normaliseCode(code)), request.userId(), c.userId(),
                    clock.millis(), expiresAt.toEpochMilli());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "password.reset.created",
                    request.userId(), null, ""));
            return new PasswordResetResult(code, expiresAt);
        }).thenApply(Outcome::of);
    }

    /** Closes every socket of the given sign-ins (hex keys) with "session ended". */
    void closeSockets(List<String> sessionKeys) {
        sessionKeys.forEach(key -> connections.forSession(key)
                .forEach(conn -> conn.close(SessionService.CLOSE_SESSION_ENDED, "Signed out by an admin")));
    }
}
