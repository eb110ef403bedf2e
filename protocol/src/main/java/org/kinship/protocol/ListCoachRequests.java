package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Participants waiting for a coach, oldest first. Reply: {@link CoachRequestsResult}. */
public record ListCoachRequests(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
