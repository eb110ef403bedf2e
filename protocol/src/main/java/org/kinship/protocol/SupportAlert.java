package org.kinship.protocol;

import java.time.Instant;

/** A person asked for support now, or wrote a risk phrase; stays open until a leader closes it. */
public record SupportAlert(
        long id,                    // stable alert id
        long userId,                // who needs support
        String handle,              // their handle
        Long roomId,                // where they were, if in a room
        Long seq,                   // for a risk phrase: the message that matched
        String source,              // button or risk_phrase
        Instant createdAt,          // when (UTC)
        String acknowledgedHandle,  // the leader who responded, once someone did
        Instant acknowledgedAt,     // when they did
        Instant escalatedAt,        // when it went to supervisors because nobody on duty responded
        Instant closedAt,           // when a leader closed it
        String closeNote            // their note; only staff see it
) {
}
