package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for invite codes, stored only as their SHA-256; {@code public_id} names one without its code. */
@RegisterConstructorMapper(InviteRow.class)
public interface InviteDao {
    @SqlUpdate("""
            INSERT INTO invites (code_hash, public_id, org_role, created_by, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
    void insert(byte[] codeHash, String publicId, String orgRole, long createdBy, long createdAt, long expiresAt);

    /** The role an unused, unrevoked, unexpired invite grants. */
    @SqlQuery("SELECT org_role FROM invites WHERE code_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?")
    Optional<String> findUsableRole(byte[] codeHash, long now);

    /** Marks an invite used; 0 rows means someone else used it first. */
    @SqlUpdate("UPDATE invites SET used_by = ?, used_at = ? WHERE code_hash = ? AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(long usedBy, long usedAt, byte[] codeHash);

    @SqlQuery("""
            SELECT public_id, org_role, created_at, expires_at, used_at, revoked_at FROM invites
            WHERE public_id IS NOT NULL ORDER BY created_at DESC LIMIT 500
            """)
    List<InviteRow> list();

    /** Revokes an unused invite; 0 when there is none to revoke. */
    @SqlUpdate("UPDATE invites SET revoked_at = ? WHERE public_id = ? AND used_at IS NULL AND revoked_at IS NULL")
    int revoke(long revokedAt, String publicId);
}
