package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for rooms and their members. */
@RegisterRowMapper(RoomRow.Mapper.class)
@RegisterConstructorMapper(MemberRow.class)
public interface RoomDao {
    String ROOM_COLUMNS = """
            r.id, r.name, r.topic, r.visibility, r.last_seq, r.last_rev,
            (SELECT m.room_role FROM room_members m WHERE m.room_id = r.id AND m.user_id = :userId) AS my_role,
            r.guidelines, r.guidelines_version, r.locked, r.slow_mode_seconds, r.archived_at,
            (SELECT m.guidelines_accepted FROM room_members m WHERE m.room_id = r.id AND m.user_id = :userId)
                AS guidelines_accepted,
            EXISTS (SELECT 1 FROM join_requests j WHERE j.room_id = r.id AND j.user_id = :userId) AS join_pending,
            r.unattended, r.retention_days
            """;

    @SqlQuery("INSERT INTO rooms (name, topic, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id")
    long insert(String name, String topic, long createdBy, long createdAt);

    /**
     * Rooms a person may see: every room but archived ones. A closed room is listed (name and topic) so
     * people can ask to join; its messages stay for members. Archived rooms stay listed for those who can
     * bring them back: the room's leaders and co-leaders, and overseers ({@code overseer} true).
     */
    @SqlQuery("SELECT " + ROOM_COLUMNS + """
            FROM rooms r
            WHERE r.archived_at IS NULL OR :overseer OR EXISTS (SELECT 1 FROM room_members m
                WHERE m.room_id = r.id AND m.user_id = :userId AND m.room_role IN ('leader', 'co_leader'))
            ORDER BY r.name COLLATE NOCASE, r.id
            """)
    List<RoomRow> listVisible(long userId, boolean overseer);

    @SqlQuery("SELECT " + ROOM_COLUMNS + " FROM rooms r WHERE r.id = :roomId")
    Optional<RoomRow> find(long roomId, long userId);

    @SqlUpdate("INSERT OR IGNORE INTO room_members (room_id, user_id, room_role, joined_at) VALUES (?, ?, ?, ?)")
    int addMember(long roomId, long userId, String roomRole, long joinedAt);

    @SqlUpdate("DELETE FROM room_members WHERE room_id = ? AND user_id = ?")
    int removeMember(long roomId, long userId);

    /** The person's room role, if they are a member. */
    @SqlQuery("SELECT room_role FROM room_members WHERE room_id = ? AND user_id = ?")
    Optional<String> roleOf(long roomId, long userId);

    /** Writes every setting at once; the service merges a partial update onto the current row first. */
    @SqlUpdate("""
            UPDATE rooms SET name = ?, topic = ?, guidelines = ?, guidelines_version = ?, visibility = ?, locked = ?,
                slow_mode_seconds = ?, archived_at = ?, unattended = ?, retention_days = ?
            WHERE id = ?
            """)
    void updateSettings(String name, String topic, String guidelines, int guidelinesVersion, String visibility,
                        boolean locked, int slowModeSeconds, Long archivedAt, String unattended, Integer retentionDays,
                        long roomId);

    @SqlUpdate("UPDATE room_members SET guidelines_accepted = ? WHERE room_id = ? AND user_id = ?")
    int acceptGuidelines(int version, long roomId, long userId);

    @SqlUpdate("UPDATE room_members SET room_role = ? WHERE room_id = ? AND user_id = ?")
    int setRole(String roomRole, long roomId, long userId);

    /** Leaders and co-leaders of a room. */
    @SqlQuery("SELECT user_id FROM room_members WHERE room_id = ? AND room_role IN ('leader', 'co_leader')")
    List<Long> moderatorIds(long roomId);

    @SqlQuery("SELECT count(*) > 0 FROM rooms WHERE id = ?")
    boolean exists(long roomId);

    @SqlQuery("""
            SELECT m.user_id, u.handle, m.room_role, u.org_role FROM room_members m JOIN users u ON u.id = m.user_id
            WHERE m.room_id = ? ORDER BY u.handle COLLATE NOCASE
            """)
    List<MemberRow> members(long roomId);

    @SqlQuery("SELECT room_id FROM room_members WHERE user_id = ?")
    List<Long> roomIdsOf(long userId);

    /** Takes the room's next rev for an edit or delete. */
    @SqlQuery("UPDATE rooms SET last_rev = last_rev + 1 WHERE id = ? RETURNING last_rev")
    long nextRev(long roomId);
}
