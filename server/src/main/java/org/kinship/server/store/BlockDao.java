package org.kinship.server.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for blocks between people. */
@RegisterConstructorMapper(UserRow.class)
public interface BlockDao {
    @SqlUpdate("INSERT OR IGNORE INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)")
    int insert(long blockerId, long blockedId, long createdAt);

    @SqlUpdate("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?")
    int delete(long blockerId, long blockedId);

    /** The people one person blocked, by handle. */
    @SqlQuery("SELECT u.* FROM blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = ? ORDER BY u.handle COLLATE NOCASE")
    List<UserRow> blockedBy(long blockerId);

    /** Whether either of two people has blocked the other. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :a AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))")
    boolean eitherBlocked(long a, long b);
}
