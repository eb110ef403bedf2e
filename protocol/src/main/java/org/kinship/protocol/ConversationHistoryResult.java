package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ConversationHistory}. */
public record ConversationHistoryResult(
        long conversationId,                 // the conversation
        List<ConversationMessage> messages,  // ascending by seq
        boolean hasMore                      // true: older readable messages exist
) implements Result {
}
