package org.kinship.server.store;

/** One message with its sender's handle. A deleted message has no body. */
public record MessageRow(long roomId, long seq, long rev, long senderId, String senderHandle, String clientKey,
                         String body, long createdAt, Long editedAt, Long deletedAt, String deletedByRole) {
}
