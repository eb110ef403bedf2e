package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender's own coaching: their coach, if any, and a waiting request. Reply: {@link CoachingResult}. */
public record GetCoaching(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
