package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A participant asks for a coach; the request waits for a coach with room on their caseload. Reply: {@link CoachingResult}. */
public record RequestCoach(
        @JsonProperty(required = true) String id,   // request id
        String note                                 // what they would like help with, up to 500 characters
) implements ClientMessage {
}
