package org.kinship.server.store;

/** A room as listed for one person; {@code joined} says whether that person is a member. */
public record RoomRow(long id, String name, String topic, String visibility, long lastSeq, long lastRev, boolean joined) {
}
