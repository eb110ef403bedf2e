package org.kinship.server.store;

/** One participant on a caseload, with the times the coach needs to see who has gone quiet. */
public record CaseloadRow(long participantId, String handle, long startedAt, long conversationId, int unread,
                          Long lastContactAt, Long lastWrittenAt, Long lastCheckinAt) {
}
