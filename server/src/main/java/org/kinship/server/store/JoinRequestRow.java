package org.kinship.server.store;

/** One waiting request to join a closed room. */
public record JoinRequestRow(long roomId, long userId, String handle, long requestedAt) {
}
