package org.kinship.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.OrgRole;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.InviteDao;
import org.kinship.server.store.PasswordResetDao;
import org.kinship.server.store.SessionDao;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * Accounts and sign-ins: first-admin setup, registration by invite, login, logout, and turning a
 * cookie's token back into a person. Password hashing runs on the hasher's pool, storage on the Db's
 * threads; nothing here blocks the caller.
 */
public final class AuthService {
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    /** How much of a browser's User-Agent is kept to describe a session, in characters. */
    static final int MAX_AGENT_CHARS = 120;

    private final Db db;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionLifetime;
    private final Duration sessionIdle;
    private final SetupCode setupCode;
    private final LoginThrottle throttle;

    /** A session's last use is written at most this often, in milliseconds, so reads do not turn into writes. */
    static final long TOUCH_EVERY_MS = 60 * 60_000;

    public AuthService(Db db, PasswordHasher hasher, AuditLog audit, Clock clock, Duration sessionLifetime, Duration sessionIdle,
                       SetupCode setupCode) {
        this.db = db;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
        this.sessionIdle = sessionIdle;
        this.setupCode = setupCode;
        this.throttle = new LoginThrottle(clock);
    }

    public boolean setupRequired() {
        return setupCode.isActive();
    }

    /** Creates the first admin, once, with the code printed at start-up. */
    public CompletableFuture<SignIn> setup(String code, String handle, String password, String agent) {
        if (!setupCode.isActive()) {
            return CompletableFuture.failedFuture(new Refused(ErrorCode.SETUP_ALREADY_DONE));
        }
        if (!setupCode.matches(code)) {
            return CompletableFuture.failedFuture(new Refused(ErrorCode.INVALID_SETUP_CODE));
        }
        checkNewAccount(handle, password);
        return hasher.hash(password).thenCompose(hash -> db.write(h -> {
            if (Daos.of(h, UserDao.class).count() > 0) {
                throw new Refused(ErrorCode.SETUP_ALREADY_DONE);
            }
            long userId = insertUser(h, handle, hash, OrgRole.ADMIN);
            audit.append(h, AuditEntry.done(userId, OrgRole.ADMIN.wireName(), "admin.setup", userId, null, "first admin"));
            return startSession(h, new Principal(userId, handle, OrgRole.ADMIN, null), agent);
        }, signIn -> setupCode.consume()));
    }

    /** Creates an account from a single-use invite code. */
    public CompletableFuture<SignIn> register(String inviteCode, String handle, String password, String agent) {
        checkNewAccount(handle, password);
        byte[] codeHash = Tokens.sha256(Tokens.normaliseCode(inviteCode));
        return hasher.hash(password).thenCompose(hash -> db.write(h -> {
            InviteDao invites = Daos.of(h, InviteDao.class);
            OrgRole role = invites.findUsableRole(codeHash, clock.millis()).map(OrgRole::fromWireName)
                    .orElseThrow(() -> new Refused(ErrorCode.INVALID_INVITE));
            long userId = insertUser(h, handle, hash, role);
            if (invites.markUsed(userId, clock.millis(), codeHash) != 1) {
                throw new Refused(ErrorCode.INVALID_INVITE);
            }
            audit.append(h, AuditEntry.done(userId, role.wireName(), "user.registered", userId, null, "by invite"));
            return startSession(h, new Principal(userId, handle, role, null), agent);
        }));
    }

    /**
     * Signs in; an unknown handle and a wrong password give the same answer in about the same time, and
     * repeated failures for one handle, or many attempts from one address, are slowed by the throttle.
     */
    public CompletableFuture<SignIn> login(String handle, String password, String address, String agent) {
        long wait = throttle.check(handle, address);
        if (wait > 0) {
            return CompletableFuture.failedFuture(new Refused(ErrorCode.RATE_LIMITED,
                    "Too many sign-in attempts; please wait " + ((wait + 999) / 1000) + " seconds and try again.", wait));
        }
        if (handle.length() > 64) {
            return CompletableFuture.failedFuture(new Refused(ErrorCode.INVALID_CREDENTIALS));
        }
        try {
            PasswordHasher.checkPassword(password);
        } catch (Refused tooShortOrLong) {
            throttle.failed(handle);
            return CompletableFuture.failedFuture(new Refused(ErrorCode.INVALID_CREDENTIALS));
        }
        return db.read(h -> Daos.of(h, UserDao.class).findByHandle(handle).filter(u -> u.disabledAt() == null))
                .thenCompose(user -> hasher.verify(password, user.map(UserRow::passwordHash).orElse(null))
                        .thenCompose(ok -> {
                            if (!ok || user.isEmpty()) {
                                throttle.failed(handle);
                                throw new Refused(ErrorCode.INVALID_CREDENTIALS);
                            }
                            throttle.succeeded(handle);
                            UserRow row = user.get();
                            Principal who = new Principal(row.id(), row.handle(), OrgRole.fromWireName(row.orgRole()), null);
                            return db.write(h -> startSession(h, who, agent));
                        }));
    }

    /**
     * The signed-in person changes their own password, proving it with the current one; every other
     * sign-in of theirs ends. Returns the ended sign-ins' keys so their sockets can be closed.
     */
    public CompletableFuture<List<String>> changePassword(String token, String current, String replacement) {
        PasswordHasher.checkPassword(replacement);
        String keep = Tokens.sessionKey(token);
        return authenticate(token).thenCompose(who -> {
            Principal person = who.orElseThrow(() -> new Refused(ErrorCode.UNAUTHENTICATED));
            return db.read(h -> Daos.of(h, UserDao.class).findById(person.userId()).orElseThrow())
                    .thenCompose(user -> hasher.verify(current, user.passwordHash()))
                    .thenCompose(ok -> {
                        if (!ok) {
                            throw new Refused(ErrorCode.INVALID_CREDENTIALS, "The current password is not right.");
                        }
                        return hasher.hash(replacement);
                    })
                    .thenCompose(hash -> db.write(h -> {
                        Daos.of(h, UserDao.class).setPasswordHash(hash, person.userId());
                        List<String> ended = Daos.of(h, SessionDao.class).revokeAllOf(person.userId(), clock.millis(), keep);
                        audit.append(h, AuditEntry.done(person.userId(), person.role().wireName(), "password.changed",
                                person.userId(), null, "other sessions ended=" + ended.size()));
                        return ended;
                    }));
        });
    }

    /**
     * Sets a new password with a reset code an admin handed over: the code works once, every earlier
     * sign-in ends, and the person is signed in here. Returns the sign-in and the ended sign-ins' keys.
     */
    public CompletableFuture<Reset> resetPassword(String code, String replacement, String agent) {
        PasswordHasher.checkPassword(replacement);
        byte[] codeHash = Tokens.sha256(Tokens.normaliseCode(code));
        return hasher.hash(replacement).thenCompose(hash -> db.write(h -> {
            long userId = Daos.of(h, PasswordResetDao.class).use(codeHash, clock.millis())
                    .orElseThrow(() -> new Refused(ErrorCode.INVALID_RESET_CODE));
            UserRow user = Daos.of(h, UserDao.class).findById(userId).orElseThrow();
            Daos.of(h, UserDao.class).setPasswordHash(hash, userId);
            List<String> ended = Daos.of(h, SessionDao.class).revokeAllOf(userId, clock.millis(), "");
            OrgRole role = OrgRole.fromWireName(user.orgRole());
            audit.append(h, AuditEntry.done(userId, role.wireName(), "password.reset", userId, null,
                    "other sessions ended=" + ended.size()));
            return new Reset(startSession(h, new Principal(userId, user.handle(), role, null), agent), ended);
        }));
    }

    /** A completed reset: the new sign-in, and the ones it ended. */
    public record Reset(SignIn signIn, List<String> endedSessionKeys) {
    }

    /** Revokes the sign-in behind a token; the caller closes its connections. */
    public CompletableFuture<Void> logout(String token) {
        byte[] hash = Tokens.sha256(token);
        return db.write(h -> Daos.of(h, SessionDao.class).revoke(clock.millis(), hash)).thenApply(n -> null);
    }

    /** The person a cookie's token belongs to, if the sign-in is live. */
    public CompletableFuture<Optional<Principal>> authenticate(String token) {
        byte[] hash = Tokens.sha256(token);
        long now = clock.millis();
        return db.read(h -> Daos.of(h, SessionDao.class).findLive(hash, now, now - sessionIdle.toMillis()))
                .thenCompose(session -> {
                    Optional<Principal> principal = session.map(s -> new Principal(s.userId(), s.handle(),
                            OrgRole.fromWireName(s.orgRole()), Tokens.sessionKey(token)));
                    if (session.isEmpty() || session.get().lastSeenAt() >= now - TOUCH_EVERY_MS) {
                        return CompletableFuture.completedFuture(principal);
                    }
                    // Awaited (at most once per TOUCH_EVERY_MS), so a sign-in just used is never found idle a moment
                    // later; a touch that fails to save does not refuse a valid sign-in.
                    return db.write(h -> Daos.of(h, SessionDao.class).touch(now, hash)).handle((touched, error) -> principal);
                });
    }

    static void checkHandle(String handle) {
        if (!HANDLE.matcher(handle).matches()) {
            throw new Refused(ErrorCode.INVALID_HANDLE);
        }
    }

    private static void checkNewAccount(String handle, String password) {
        checkHandle(handle);
        PasswordHasher.checkPassword(password);
    }

    private long insertUser(Handle h, String handle, String passwordHash, OrgRole role) {
        UserDao users = Daos.of(h, UserDao.class);
        if (users.findByHandle(handle).isPresent()) {
            throw new Refused(ErrorCode.HANDLE_TAKEN);
        }
        try {
            return users.insert(handle, passwordHash, role.wireName(), clock.millis());
        } catch (UnableToExecuteStatementException e) {
            throw new Refused(ErrorCode.HANDLE_TAKEN);
        }
    }

    private SignIn startSession(Handle h, Principal who, String agent) {
        String token = Tokens.newSessionToken();
        long now = clock.millis();
        Daos.of(h, SessionDao.class).insert(Tokens.sha256(token), who.userId(), now, now + sessionLifetime.toMillis(), now,
                agent == null ? "" : agent.substring(0, Math.min(agent.length(), MAX_AGENT_CHARS)));
        Principal withSession = new Principal(who.userId(), who.handle(), who.role(), Tokens.sessionKey(token));
        return new SignIn(withSession, token);
    }
}
