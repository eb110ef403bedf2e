package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListCoachRequests}. */
public record CoachRequestsResult(
        List<CoachRequest> requests // oldest first
) implements Result {
}
