package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for recovery start dates. */
@RegisterConstructorMapper(RecoveryRow.class)
public interface RecoveryDao {
    @SqlQuery("SELECT * FROM recovery_dates WHERE user_id = ?")
    Optional<RecoveryRow> find(long userId);

    @SqlUpdate("""
            INSERT INTO recovery_dates (user_id, start_date, announce_milestones, last_announced_days, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET start_date = excluded.start_date,
                announce_milestones = excluded.announce_milestones,
                last_announced_days = excluded.last_announced_days, updated_at = excluded.updated_at
            """)
    void set(long userId, String startDate, boolean announceMilestones, int lastAnnouncedDays, long updatedAt);

    @SqlUpdate("DELETE FROM recovery_dates WHERE user_id = ?")
    void clear(long userId);

    /** Marks a milestone announced; 0 when it already was (or the date changed meanwhile), so it goes out once. */
    @SqlUpdate("""
            UPDATE recovery_dates SET last_announced_days = :days
            WHERE user_id = :userId AND start_date = :startDate AND announce_milestones = 1 AND last_announced_days < :days
            """)
    int markAnnounced(long userId, String startDate, int days);
}
