package org.kinship.server.store;

/** An audit record as read back, with the actor's handle. */
public record AuditView(long id, long at, Long actorId, String actorHandle, String actorRole, String action,
                        Long targetUserId, String targetHandle, Long roomId, String detail, String outcome) {
}
