package org.kinship.protocol;

import java.time.Instant;

/** A participant waiting for a coach. */
public record CoachRequest(
        long participantId,    // who asked
        String handle,         // their handle
        String note,           // what they would like help with, in their words; empty when none
        Instant requestedAt    // when they asked
) {
}
