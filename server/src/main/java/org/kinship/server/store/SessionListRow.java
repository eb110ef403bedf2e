package org.kinship.server.store;

/** One live sign-in as its owner lists it; {@code key} is the hex of the token's hash, never the token. */
public record SessionListRow(String key, long createdAt, long lastSeenAt, String agent) {
}
