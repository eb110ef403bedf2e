package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sets, resets or clears the sender's own recovery start date, privately. Reply: {@link RecoveryResult}. */
public record SetRecovery(
        @JsonProperty(required = true) String id,                  // request id
        String startDate,                                          // YYYY-MM-DD; absent: clear it
        @JsonProperty(required = true) boolean announceMilestones  // true: milestones are announced in their rooms
) implements ClientMessage {
}
