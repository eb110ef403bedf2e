package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for daily check-ins: one per person per calendar day (YYYY-MM-DD, which sorts as text). */
@RegisterConstructorMapper(CheckinRow.class)
public interface CheckinDao {
    /** Records a day's check-in; a second one for the same day replaces the first. */
    @SqlUpdate("""
            INSERT INTO checkins (user_id, day, mood, craving, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id, day) DO UPDATE SET mood = excluded.mood, craving = excluded.craving,
                note = excluded.note, recorded_at = excluded.recorded_at
            """)
    void record(long userId, String day, int mood, int craving, String note, long recordedAt);

    @SqlQuery("SELECT * FROM checkins WHERE user_id = ? AND day = ?")
    Optional<CheckinRow> find(long userId, String day);

    /** A person's check-ins from a day on, oldest first. */
    @SqlQuery("SELECT * FROM checkins WHERE user_id = ? AND day >= ? ORDER BY day LIMIT ?")
    List<CheckinRow> since(long userId, String fromDay, int limit);
}
