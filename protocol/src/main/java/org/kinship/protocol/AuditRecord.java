package org.kinship.protocol;

import java.time.Instant;

/** One record of the audit trail. It names actions and people, never a message body or secret. */
public record AuditRecord(
        long id,             // position in the trail
        Instant at,          // when (UTC)
        Long actorId,        // who acted; absent for the server itself (e.g. an expiry)
        String actorHandle,  // their handle, when they still exist
        String actorRole,    // their organisation role at the time
        String action,       // what, e.g. sanction.applied
        Long targetUserId,   // on whom, if anyone
        String targetHandle, // their handle, when they still exist
        Long roomId,         // in which room, if any
        String detail,       // the reason and parameters, in plain words
        String outcome       // done, or refused for an attempt without permission
) {
}
