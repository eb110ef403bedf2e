package org.kinship.protocol;

import java.time.Instant;

/** One message as stored. A deleted message keeps its seq and loses its body (a tombstone). */
public record ChatMessage(
        long roomId,          // the room
        long seq,             // per-room number: 1, 2, 3, ... with no gaps
        long rev,             // per-room change number, bumped by every send, edit and delete
        long senderId,        // who sent it
        String senderHandle,  // their handle
        String clientKey,     // the sender's idempotency key
        String body,          // the text; absent once deleted
        Instant sentAt,       // when the server committed it (UTC)
        Instant editedAt,     // last edit, absent if never edited
        Instant deletedAt,    // when it was deleted, absent if not
        DeletedBy deletedBy   // who deleted it (author or leader), absent if not deleted
) {
}
