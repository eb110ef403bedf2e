package org.kinship.server.store;

/** One record of the audit trail, as stored. */
public record AuditRow(long id, long at, Long actorId, String actorRole, String action, Long targetUserId,
                       Long roomId, String detail, String outcome, byte[] prevHash, byte[] hash) {
}
