package org.kinship.protocol;

import java.time.Instant;

/** One person waiting to join a closed room. */
public record JoinRequest(
        long roomId,          // the room
        long userId,          // who asked
        String handle,        // their handle
        Instant requestedAt   // when (UTC)
) {
}
