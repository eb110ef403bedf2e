package org.kinship.protocol;

/** The other person is typing; shown for a few seconds. */
public record ConversationTypingEvent(
        long conversationId,  // the conversation
        long userId,          // who is typing
        String handle         // their handle
) implements ServerMessage {
}
