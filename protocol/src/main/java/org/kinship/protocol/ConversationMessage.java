package org.kinship.protocol;

import java.time.Instant;

/** One message in a private conversation; a deleted one keeps its place without its body. */
public record ConversationMessage(
        long conversationId,   // the conversation
        long seq,              // its place in the conversation: 1, 2, 3, ...
        long rev,              // the conversation's change counter at its latest send, edit or delete
        long senderId,         // who wrote it
        String senderHandle,   // their handle
        String clientKey,      // the sender's idempotency key
        String body,           // the text; absent once deleted
        Instant sentAt,        // when the server committed it (UTC)
        Instant editedAt,      // when it was last edited; absent if never
        Instant deletedAt      // when it was deleted; absent if not
) {
}
