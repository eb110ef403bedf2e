package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for referrals to professionals and services. */
@RegisterConstructorMapper(ReferralRow.class)
@RegisterConstructorMapper(ReferralCountRow.class)
public interface ReferralDao {
    String COLUMNS = """
            r.id, r.participant_id, p.handle AS participant_handle, r.created_by, c.handle AS created_by_handle,
            r.kind, r.note, r.created_at, d.handle AS done_by_handle, r.done_at, r.done_note
            FROM referrals r JOIN users p ON p.id = r.participant_id JOIN users c ON c.id = r.created_by
            LEFT JOIN users d ON d.id = r.done_by
            """;

    @SqlQuery("INSERT INTO referrals (participant_id, created_by, kind, note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
    long insert(long participantId, long createdBy, String kind, String note, long createdAt);

    @SqlQuery("SELECT " + COLUMNS + " WHERE r.id = ?")
    Optional<ReferralRow> find(long id);

    /** Newest first; {@code createdBy} null for everyone's. */
    @SqlQuery("SELECT " + COLUMNS + """
             WHERE (:done = (r.done_at IS NOT NULL)) AND (:createdBy IS NULL OR r.created_by = :createdBy)
            ORDER BY r.id DESC LIMIT :limit
            """)
    List<ReferralRow> list(boolean done, Long createdBy, int limit);

    /** Open and done referrals by kind; {@code createdBy} null for the organisation's. Kinds without any are left out. */
    @SqlQuery("""
            SELECT kind, sum(done_at IS NULL) AS open, sum(done_at IS NOT NULL) AS done FROM referrals
            WHERE :createdBy IS NULL OR created_by = :createdBy GROUP BY kind
            """)
    List<ReferralCountRow> counts(Long createdBy);

    @SqlUpdate("UPDATE referrals SET done_by = ?, done_at = ?, done_note = ? WHERE id = ? AND done_at IS NULL")
    int markDone(long doneBy, long doneAt, String doneNote, long id);
}
