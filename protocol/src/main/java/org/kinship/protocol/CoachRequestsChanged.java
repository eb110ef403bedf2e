package org.kinship.protocol;

import java.util.List;

/** The queue of participants waiting for a coach changed; sent to staff. */
public record CoachRequestsChanged(
        List<CoachRequest> requests // the whole queue, oldest first
) implements ServerMessage {
}
