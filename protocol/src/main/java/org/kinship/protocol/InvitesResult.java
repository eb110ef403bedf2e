package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListInvites}. */
public record InvitesResult(
        List<InviteInfo> invites // newest first
) implements Result {
}
