package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Table access for sign-in sessions; tokens are only ever seen here as their SHA-256. A session is live
 * while not revoked, before its absolute expiry, and used since {@code idleSince}.
 */
@RegisterConstructorMapper(SessionRow.class)
@RegisterConstructorMapper(SessionListRow.class)
public interface SessionDao {
    String LIVE = " s.revoked_at IS NULL AND s.expires_at > :now AND coalesce(s.last_seen_at, s.created_at) > :idleSince ";

    @SqlUpdate("""
            INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, agent)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
    void insert(byte[] tokenHash, long userId, long createdAt, long expiresAt, long lastSeenAt, String agent);

    @SqlQuery("SELECT s.user_id, u.handle, u.org_role, s.expires_at, coalesce(s.last_seen_at, s.created_at) AS last_seen_at"
            + " FROM sessions s JOIN users u ON u.id = s.user_id"
            + " WHERE s.token_hash = :tokenHash AND u.disabled_at IS NULL AND" + LIVE)
    Optional<SessionRow> findLive(byte[] tokenHash, long now, long idleSince);

    /** Marks a session used now. */
    @SqlUpdate("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")
    int touch(long now, byte[] tokenHash);

    @SqlUpdate("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
    int revoke(long now, byte[] tokenHash);

    /** Ends every sign-in of a person; returns the hex keys of the ones it ended, so their sockets can close. */
    @SqlQuery("UPDATE sessions SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL"
            + " AND lower(hex(token_hash)) != :keep RETURNING lower(hex(token_hash))")
    List<String> revokeAllOf(long userId, long now, String keep);

    /** A person's live sessions, most recently used first; {@code key} is the lower-case hex of the token hash. */
    @SqlQuery("SELECT lower(hex(s.token_hash)) AS key, s.created_at, coalesce(s.last_seen_at, s.created_at) AS last_seen_at,"
            + " s.agent FROM sessions s WHERE s.user_id = :userId AND" + LIVE + "ORDER BY last_seen_at DESC")
    List<SessionListRow> listLive(long userId, long now, long idleSince);
}
