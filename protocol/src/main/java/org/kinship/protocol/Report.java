package org.kinship.protocol;

import java.time.Instant;
import java.util.List;

/** A report as the room's leaders and supervisors see it. Never shown to the reported person. */
public record Report(
        long id,                     // stable report id
        long roomId,                 // where it happened
        ReportCategory category,     // why
        String note,                 // the reporter's words, may be empty
        ReportStatus status,         // open, actioned or dismissed
        Long reportedUserId,         // the person reported (or the message's sender); absent for a system flag
        String reportedHandle,       // their handle
        Long seq,                    // the reported message, when a message was reported
        String reporterHandle,       // who reported it; absent for a word-list flag
        Instant createdAt,           // when (UTC)
        List<ChatMessage> context,   // the reported message and a few around it
        String resolutionNote,       // the leader's note when handled
        Instant resolvedAt           // when handled
) {
}
