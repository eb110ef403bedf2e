package org.kinship.server.store;

/** A leader on duty. */
public record DutyRow(long userId, String handle, long onSince, String note) {
}
