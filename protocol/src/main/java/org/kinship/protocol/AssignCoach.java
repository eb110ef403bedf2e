package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A supervisor or admin gives a participant a coach, or hands them over to another. Reply: {@link CoachingResult}. */
public record AssignCoach(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long participantId,    // the participant
        @JsonProperty(required = true) long coachId           // their coach from now on
) implements ClientMessage {
}
