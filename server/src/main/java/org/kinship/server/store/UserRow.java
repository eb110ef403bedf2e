package org.kinship.server.store;

/** One row of {@code users}. */
public record UserRow(long id, String handle, String passwordHash, String orgRole, long createdAt, Long disabledAt) {
}
