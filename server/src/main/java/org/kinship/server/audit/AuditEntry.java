package org.kinship.server.audit;

/** What one audit record says: who (and in what role) did what to whom, where, why, and whether it was allowed. */
public record AuditEntry(Long actorId, String actorRole, String action, Long targetUserId, Long roomId,
                         String detail, boolean refused) {
    public static AuditEntry done(Long actorId, String actorRole, String action, Long targetUserId, Long roomId,
                                  String detail) {
        return new AuditEntry(actorId, actorRole, action, targetUserId, roomId, detail, false);
    }
}
