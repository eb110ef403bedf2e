package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for staff-only details about a person. */
@RegisterConstructorMapper(ProfileRow.class)
public interface ProfileDao {
    @SqlQuery("SELECT real_name, contact_note FROM user_private WHERE user_id = ?")
    Optional<ProfileRow> find(long userId);

    @SqlUpdate("""
            INSERT INTO user_private (user_id, real_name, contact_note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET real_name = excluded.real_name, contact_note = excluded.contact_note,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """)
    void upsert(long userId, String realName, String contactNote, long updatedBy, long updatedAt);
}
