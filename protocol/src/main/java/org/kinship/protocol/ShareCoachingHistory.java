package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A participant lets their coach read (or stop reading) what was written before this coach. Reply: {@link CoachingResult}. */
public record ShareCoachingHistory(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) boolean share   // true: the coach may read the earlier messages
) implements ClientMessage {
}
