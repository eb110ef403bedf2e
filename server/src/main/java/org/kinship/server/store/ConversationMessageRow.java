package org.kinship.server.store;

/** One private message with its sender's handle. A deleted message has no body. */
public record ConversationMessageRow(long conversationId, long seq, long rev, long senderId, String senderHandle,
                                     String clientKey, String body, long createdAt, Long editedAt, Long deletedAt) {
}
