package org.kinship.server.store;

/** A live sign-in joined with its person. */
public record SessionRow(long userId, String handle, String orgRole, long expiresAt, long lastSeenAt) {
}
