package org.kinship.server.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for requests to join closed rooms. */
@RegisterConstructorMapper(JoinRequestRow.class)
public interface JoinRequestDao {
    @SqlUpdate("INSERT OR IGNORE INTO join_requests (room_id, user_id, requested_at) VALUES (?, ?, ?)")
    int insert(long roomId, long userId, long requestedAt);

    @SqlQuery("""
            SELECT j.room_id, j.user_id, u.handle, j.requested_at FROM join_requests j JOIN users u ON u.id = j.user_id
            WHERE j.room_id = ? ORDER BY j.requested_at
            """)
    List<JoinRequestRow> list(long roomId);

    /** Removes a request; 0 when there was none. */
    @SqlUpdate("DELETE FROM join_requests WHERE room_id = ? AND user_id = ?")
    int delete(long roomId, long userId);
}
