package org.kinship.server.store;

/** One support alert with the handles it names. */
public record SupportAlertRow(long id, long userId, String handle, Long roomId, Long seq, String source, long createdAt,
                              String acknowledgedHandle, Long acknowledgedAt, Long escalatedAt, Long closedAt,
                              String closeNote) {
}
