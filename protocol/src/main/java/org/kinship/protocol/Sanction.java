package org.kinship.protocol;

import java.time.Instant;

/** One sanction as the person and the room's leaders see it. Who applied it is kept in the audit trail. */
public record Sanction(
        long id,            // stable sanction id
        SanctionKind kind,  // warning, mute, remove or ban
        long roomId,        // the room it applies to
        long userId,        // the person
        String handle,      // their handle
        String reason,      // the leader's reason, in plain words, shown to the person
        Instant createdAt,  // when it was applied (UTC)
        Instant expiresAt,  // when a mute or ban ends by itself; absent for good (or for warning and remove)
        Instant liftedAt    // when it ended early or expired; absent while in force
) {
}
