package org.kinship.protocol;

import java.time.Instant;

/** Reply to {@link CreateInvite}. The code is shown once; the server keeps only its hash. */
public record InviteResult(
        String code,       // the single-use code to hand to the new person
        OrgRole role,      // role it grants
        Instant expiresAt, // when it stops working (UTC)
        String inviteId    // id for listing and revoking it; not the code
) implements Result {
}
