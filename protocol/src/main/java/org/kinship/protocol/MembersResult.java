package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListMembers}. */
public record MembersResult(
        long roomId,              // the room
        List<MemberInfo> members  // every member, by handle
) implements Result {
}
