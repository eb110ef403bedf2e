package org.kinship.protocol;

/** Reply to {@link OpenConversation} and {@link MarkConversationRead}. */
public record ConversationResult(
        Conversation conversation // the conversation as the sender sees it
) implements Result {
}
