package org.kinship.server.store;

/** Staff-only details; either may be null. */
public record ProfileRow(String realName, String contactNote) {
}
