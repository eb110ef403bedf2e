package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for reports. */
@RegisterConstructorMapper(ReportRow.class)
public interface ReportDao {
    /** Most reports returned by one list. */
    int MAX_LIST = 200;
    String COLUMNS = """
            r.id, r.room_id, r.reporter_id, reporter.handle AS reporter_handle, r.reported_user_id,
            reported.handle AS reported_handle, r.seq, r.category, r.note, r.status, r.created_at,
            r.resolved_at, r.resolution_note
            FROM reports r
            LEFT JOIN users reporter ON reporter.id = r.reporter_id
            LEFT JOIN users reported ON reported.id = r.reported_user_id
            """;

    @SqlQuery("""
            INSERT INTO reports (room_id, reporter_id, reported_user_id, seq, category, note, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """)
    long insert(long roomId, Long reporterId, Long reportedUserId, Long seq, String category, String note, long createdAt);

    @SqlQuery("SELECT " + COLUMNS + " WHERE r.id = ?")
    Optional<ReportRow> find(long id);

    /** Newest first; a null room or status means all. */
    @SqlQuery("SELECT " + COLUMNS + """
             WHERE (:roomId IS NULL OR r.room_id = :roomId) AND (:status IS NULL OR r.status = :status)
             ORDER BY r.id DESC LIMIT
            """ + MAX_LIST)
    List<ReportRow> list(Long roomId, String status);

    @SqlUpdate("""
            UPDATE reports SET status = ?, resolution_note = ?, resolved_by = ?, resolved_at = ?
            WHERE id = ? AND status = 'open'
            """)
    int resolve(String status, String note, long resolvedBy, long resolvedAt, long id);
}
