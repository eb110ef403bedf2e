package org.kinship.server.store;

/** One row of {@code sanctions} with the person's handle. */
public record SanctionRow(long id, String kind, long roomId, long userId, String handle, String reason, long createdBy,
                          long createdAt, Long expiresAt, Long liftedAt) {
}
