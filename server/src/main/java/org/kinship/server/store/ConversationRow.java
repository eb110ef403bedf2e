package org.kinship.server.store;

/** One row of {@code conversations}: for coaching, userA is the participant and userB is null. */
public record ConversationRow(long id, String kind, long userA, Long userB, long createdAt, long lastSeq, long lastRev) {
}
