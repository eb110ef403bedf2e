package org.kinship.server.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for the organisation's one row of settings. */
@RegisterConstructorMapper(OrgSettingsRow.class)
public interface OrgSettingsDao {
    @SqlQuery("""
            SELECT participant_direct_messages, supervisor_review, quiet_after_days, coach_capacity, retention_days, erasure
            FROM org_settings WHERE id = 1
            """)
    OrgSettingsRow get();

    @SqlUpdate("""
            UPDATE org_settings SET participant_direct_messages = ?, supervisor_review = ?, quiet_after_days = ?,
                coach_capacity = ?, retention_days = ?, erasure = ?, updated_at = ?
            WHERE id = 1
            """)
    void set(boolean participantDirectMessages, boolean supervisorReview, int quietAfterDays, int coachCapacity,
             Integer retentionDays, String erasure, long updatedAt);
}
