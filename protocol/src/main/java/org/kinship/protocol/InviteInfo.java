package org.kinship.protocol;

import java.time.Instant;

/** An invite as admins see it in the list: never its code, which is shown only once. */
public record InviteInfo(
        String inviteId,     // stable id for revoking; not the code
        OrgRole role,        // role it grants
        Instant createdAt,   // when it was made (UTC)
        Instant expiresAt,   // when it stops working (UTC)
        String status        // active, used, expired or revoked
) {
}
