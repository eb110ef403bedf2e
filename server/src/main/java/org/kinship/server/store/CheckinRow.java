package org.kinship.server.store;

/** One stored check-in. */
public record CheckinRow(long userId, String day, int mood, int craving, String note, long recordedAt) {
}
