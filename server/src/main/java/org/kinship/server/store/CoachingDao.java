package org.kinship.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Table access for coach relationships, the request queue and coach capacities. */
public interface CoachingDao {
    /** The participant's coach now, if they have one. */
    @SqlQuery("SELECT coach_id FROM coach_assignments WHERE participant_id = ? AND ended_at IS NULL")
    Optional<Long> currentCoach(long participantId);
}
