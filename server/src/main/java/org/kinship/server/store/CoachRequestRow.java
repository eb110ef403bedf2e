package org.kinship.server.store;

/** A participant waiting for a coach. */
public record CoachRequestRow(long participantId, String handle, String note, long requestedAt) {
}
