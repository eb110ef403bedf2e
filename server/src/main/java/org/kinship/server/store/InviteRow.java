package org.kinship.server.store;

/** An invite as listed: never its code. */
public record InviteRow(String publicId, String orgRole, long createdAt, long expiresAt, Long usedAt, Long revokedAt) {
}
