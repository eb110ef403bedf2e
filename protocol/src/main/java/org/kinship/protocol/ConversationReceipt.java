package org.kinship.protocol;

/** Someone read a conversation up to a seq; sent to both people. */
public record ConversationReceipt(
        long conversationId,  // the conversation
        long userId,          // who read
        long readSeq          // up to and including this seq
) implements ServerMessage {
}
