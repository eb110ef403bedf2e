package org.kinship.protocol;

import java.time.Instant;

/** One participant on a coach's caseload. */
public record CaseloadEntry(
        long participantId,        // the participant
        String handle,             // their handle
        Instant since,             // when this coach started with them
        long conversationId,       // their coaching conversation
        int unread,                // messages from them the coach has not read
        Instant lastContactAt,     // the newest message between them since this coach started; absent when none
        Instant lastCheckinAt,     // their newest check-in; absent when none
        boolean quiet              // true: no check-in and no message to the coach for the organisation's quietAfterDays
) {
}
