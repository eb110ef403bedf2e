package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListJoinRequests}. */
public record JoinRequestsResult(
        long roomId,                 // the room
        List<JoinRequest> requests   // oldest first
) implements Result {
}
