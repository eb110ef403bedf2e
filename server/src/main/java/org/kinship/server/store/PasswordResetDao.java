package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for password reset codes, stored only as their SHA-256. */
public interface PasswordResetDao {
    @SqlUpdate("INSERT INTO password_resets (code_hash, user_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
    void insert(byte[] codeHash, long userId, long createdBy, long createdAt, long expiresAt);

    /** Uses a code once: the person it was made for, if the code was unused and unexpired. */
    @SqlQuery("UPDATE password_resets SET used_at = :now WHERE code_hash = :codeHash AND used_at IS NULL AND expires_at > :now"
            + " RETURNING user_id")
    Optional<Long> use(byte[] codeHash, long now);
}
