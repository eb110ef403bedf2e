package org.kinship.protocol;

import java.time.Instant;

/** A peer leader on duty now. */
public record DutyEntry(
        long userId,      // the leader
        String handle,    // their handle
        Instant onSince,  // when they came on (UTC)
        String note       // their handover note; only staff see it
) {
}
