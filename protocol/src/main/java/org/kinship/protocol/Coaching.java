package org.kinship.protocol;

import java.time.Instant;

/** A participant's coaching, as they see it: who their coach is, and what the coach may read. */
public record Coaching(
        Long coachId,              // their coach now; absent while they have none
        String coachHandle,        // the coach's handle, with coachId
        Instant coachSince,        // when this coach started, with coachId
        Long conversationId,       // their coaching conversation, once they have had a coach
        boolean earlierHistory,    // true: the conversation holds messages from before this coach
        boolean historyShared,     // true: the participant lets this coach read those earlier messages
        Instant requestedAt        // when they asked for a coach, while the request waits
) {
}
