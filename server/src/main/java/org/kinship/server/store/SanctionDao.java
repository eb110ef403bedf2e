package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for sanctions. "In force" means a mute or ban not lifted and not past its time. */
@RegisterRowMapper(SanctionRow.Mapper.class)
public interface SanctionDao {
    String COLUMNS = """
            s.id, s.kind, s.room_id, s.user_id, u.handle, s.reason, s.created_by, s.created_at, s.expires_at, s.lifted_at
            FROM sanctions s JOIN users u ON u.id = s.user_id
            """;
    String IN_FORCE = " s.lifted_at IS NULL AND s.kind IN ('mute', 'ban') AND (s.expires_at IS NULL OR s.expires_at > :now) ";

    @SqlQuery("""
            INSERT INTO sanctions (kind, room_id, user_id, reason, created_by, created_at, expires_at, lifted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """)
    long insert(String kind, long roomId, long userId, String reason, long createdBy, long createdAt, Long expiresAt,
                Long liftedAt);

    @SqlQuery("SELECT " + COLUMNS + " WHERE s.id = ?")
    Optional<SanctionRow> find(long id);

    /* The newest mute or ban of a kind in force on a person in a room: SendStatements.inForce, since every send asks. */

    /** Every sanction applied to one person since a time, newest first. */
    @SqlQuery("SELECT " + COLUMNS + " WHERE s.user_id = ? AND s.created_at >= ? ORDER BY s.id DESC")
    List<SanctionRow> appliedToSince(long userId, long since);

    /** Mutes and bans in force on one person, in any room. */
    @SqlQuery("SELECT " + COLUMNS + " WHERE s.user_id = :userId AND" + IN_FORCE + "ORDER BY s.id")
    List<SanctionRow> inForceOn(long userId, long now);

    @SqlQuery("SELECT " + COLUMNS + " WHERE s.room_id = :roomId AND" + IN_FORCE + "ORDER BY s.id DESC")
    List<SanctionRow> inForceInRoom(long roomId, long now);

    /** Every timed mute or ban not yet lifted, due or not: the expiry sweeper's work list. */
    @SqlQuery("SELECT " + COLUMNS + " WHERE s.lifted_at IS NULL AND s.expires_at IS NOT NULL ORDER BY s.expires_at")
    List<SanctionRow> timedNotLifted();

    /**
     * A moderator lifts a sanction still in force; 0 rows when someone lifted it first or its time is up
     * (even if the expiry sweep has not reached it yet).
     */
    @SqlUpdate("UPDATE sanctions SET lifted_at = :liftedAt, lifted_by = :liftedBy WHERE id = :id AND lifted_at IS NULL"
            + " AND (expires_at IS NULL OR expires_at > :liftedAt)")
    int lift(long liftedAt, long liftedBy, long id);

    /** The expiry sweep closes a sanction whose time is up; 0 rows when a moderator lifted it first. */
    @SqlUpdate("UPDATE sanctions SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL")
    int markExpired(long at, long id);
}
