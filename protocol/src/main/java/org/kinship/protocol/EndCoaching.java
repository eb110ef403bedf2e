package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A supervisor or admin ends a participant's coaching relationship. Reply: {@link CoachingResult}. */
public record EndCoaching(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long participantId     // the participant
) implements ClientMessage {
}
