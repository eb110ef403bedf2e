package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListConversations}. */
public record ConversationsResult(
        List<Conversation> conversations // newest message first; conversations without messages last
) implements Result {
}
