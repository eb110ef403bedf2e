package org.kinship.server.store;

/** One member of a room with their handle. */
public record MemberRow(long userId, String handle, String roomRole, String orgRole) {
}
