package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for sign-in sessions; tokens are only ever seen here as their SHA-256. */
@RegisterConstructorMapper(SessionRow.class)
public interface SessionDao {
    @SqlUpdate("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
    void insert(byte[] tokenHash, long userId, long createdAt, long expiresAt);

    @SqlQuery("""
            SELECT s.user_id, u.handle, u.org_role, s.expires_at
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.disabled_at IS NULL
            """)
    Optional<SessionRow> findLive(byte[] tokenHash, long now);

    @SqlUpdate("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
    int revoke(long now, byte[] tokenHash);
}
