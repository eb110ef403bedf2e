package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for coach relationships, the request queue and coach capacities. */
@RegisterConstructorMapper(AssignmentRow.class)
@RegisterConstructorMapper(CoachRequestRow.class)
@RegisterConstructorMapper(CaseloadRow.class)
public interface CoachingDao {
    /** The participant's coach now, if they have one. */
    @SqlQuery("SELECT coach_id FROM coach_assignments WHERE participant_id = ? AND ended_at IS NULL")
    Optional<Long> currentCoach(long participantId);

    /** Whether this person coaches this participant now. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM coach_assignments WHERE coach_id = ? AND participant_id = ? AND ended_at IS NULL)")
    boolean coaches(long coachId, long participantId);

    /** The participant's open assignment, with the coach's handle. */
    @SqlQuery("""
            SELECT a.id, a.participant_id, a.coach_id, u.handle AS coach_handle, a.started_at, a.start_seq, a.history_shared
            FROM coach_assignments a JOIN users u ON u.id = a.coach_id WHERE a.participant_id = ? AND a.ended_at IS NULL
            """)
    Optional<AssignmentRow> current(long participantId);

    @SqlUpdate("""
            INSERT INTO coach_assignments (participant_id, coach_id, assigned_by, started_at, start_seq) VALUES (?, ?, ?, ?, ?)
            """)
    void assign(long participantId, long coachId, long assignedBy, long startedAt, long startSeq);

    @SqlUpdate("UPDATE coach_assignments SET ended_at = ? WHERE id = ?")
    void end(long endedAt, long assignmentId);

    /** Ends every open assignment of one coach; returns their participants. */
    @SqlQuery("UPDATE coach_assignments SET ended_at = ? WHERE coach_id = ? AND ended_at IS NULL RETURNING participant_id")
    List<Long> endAllOf(long endedAt, long coachId);

    @SqlUpdate("UPDATE coach_assignments SET history_shared = ? WHERE id = ?")
    void setHistoryShared(boolean shared, long assignmentId);

    @SqlQuery("SELECT count(*) FROM coach_assignments WHERE coach_id = ? AND ended_at IS NULL")
    int caseloadSize(long coachId);

    @SqlQuery("SELECT capacity FROM coach_capacity WHERE coach_id = ?")
    Optional<Integer> ownCapacity(long coachId);

    @SqlUpdate("INSERT INTO coach_capacity (coach_id, capacity) VALUES (?, ?) ON CONFLICT (coach_id) DO UPDATE SET capacity = excluded.capacity")
    void setOwnCapacity(long coachId, int capacity);

    @SqlUpdate("DELETE FROM coach_capacity WHERE coach_id = ?")
    void clearOwnCapacity(long coachId);

    /** Asks for a coach; asking again updates the note and keeps the place in the queue. */
    @SqlUpdate("""
            INSERT INTO coach_requests (participant_id, note, requested_at) VALUES (?, ?, ?)
            ON CONFLICT (participant_id) DO UPDATE SET note = excluded.note
            """)
    void request(long participantId, String note, long requestedAt);

    @SqlUpdate("DELETE FROM coach_requests WHERE participant_id = ?")
    int removeRequest(long participantId);

    @SqlQuery("SELECT requested_at FROM coach_requests WHERE participant_id = ?")
    Optional<Long> requestedAt(long participantId);

    @SqlQuery("""
            SELECT r.participant_id, u.handle, r.note, r.requested_at FROM coach_requests r JOIN users u ON u.id = r.participant_id
            ORDER BY r.requested_at, r.participant_id
            """)
    List<CoachRequestRow> queue();

    /**
     * One coach's caseload with what the coach needs at a glance. Unread counts start after the coach's
     * read receipt and never before their window; contact times only count this coach's time.
     */
    @SqlQuery("""
            SELECT a.participant_id, u.handle, a.started_at, c.id AS conversation_id,
                (SELECT count(*) FROM conversation_messages m WHERE m.conversation_id = c.id AND m.sender_id = a.participant_id
                    AND m.deleted_at IS NULL AND m.seq > max(
                        coalesce((SELECT r.read_seq FROM conversation_reads r WHERE r.conversation_id = c.id AND r.user_id = a.coach_id), 0),
                        CASE WHEN a.history_shared = 1 THEN 0 ELSE a.start_seq END)) AS unread,
                (SELECT max(m.created_at) FROM conversation_messages m WHERE m.conversation_id = c.id AND m.seq > a.start_seq) AS last_contact_at,
                (SELECT max(m.created_at) FROM conversation_messages m WHERE m.conversation_id = c.id AND m.seq > a.start_seq
                    AND m.sender_id = a.participant_id) AS last_written_at,
                (SELECT max(k.recorded_at) FROM checkins k WHERE k.user_id = a.participant_id) AS last_checkin_at
            FROM coach_assignments a JOIN users u ON u.id = a.participant_id
                JOIN conversations c ON c.kind = 'coaching' AND c.user_a = a.participant_id
            WHERE a.coach_id = ? AND a.ended_at IS NULL
            ORDER BY u.handle COLLATE NOCASE
            """)
    List<CaseloadRow> caseload(long coachId);
}
