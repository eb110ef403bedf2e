package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for the append-only audit trail. The database itself refuses UPDATE and DELETE. */
@RegisterConstructorMapper(AuditRow.class)
public interface AuditDao {
    @SqlUpdate("""
            INSERT INTO audit_log (at, actor_id, actor_role, action, target_user_id, room_id, detail, outcome, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    void insert(long at, Long actorId, String actorRole, String action, Long targetUserId, Long roomId,
                String detail, String outcome, byte[] prevHash, byte[] hash);

    @SqlQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
    Optional<byte[]> lastHash();

    @SqlQuery("SELECT * FROM audit_log ORDER BY id")
    List<AuditRow> all();

    /** Newest first, below {@code beforeId}; a null room or action means all. */
    @SqlQuery("""
            SELECT a.id, a.at, a.actor_id, u.handle AS actor_handle, a.actor_role, a.action, a.target_user_id,
                   t.handle AS target_handle, a.room_id, a.detail, a.outcome
            FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN users t ON t.id = a.target_user_id
            WHERE a.id < :beforeId AND (:roomId IS NULL OR a.room_id = :roomId) AND (:action IS NULL OR a.action = :action)
            ORDER BY a.id DESC LIMIT :limit
            """)
    @RegisterConstructorMapper(AuditView.class)
    List<AuditView> page(long beforeId, Long roomId, String action, int limit);
}
