package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for invite codes, stored only as their SHA-256. */
public interface InviteDao {
    @SqlUpdate("INSERT INTO invites (code_hash, org_role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
    void insert(byte[] codeHash, String orgRole, long createdBy, long createdAt, long expiresAt);

    /** The role an unused, unexpired invite grants. */
    @SqlQuery("SELECT org_role FROM invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")
    Optional<String> findUsableRole(byte[] codeHash, long now);

    /** Marks an invite used; 0 rows means someone else used it first. */
    @SqlUpdate("UPDATE invites SET used_by = ?, used_at = ? WHERE code_hash = ? AND used_at IS NULL")
    int markUsed(long usedBy, long usedAt, byte[] codeHash);
}
