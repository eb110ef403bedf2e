package org.kinship.server.store;

/** A room's counters right after they were taken. */
public record RoomCounters(long lastSeq, long lastRev) {
}
