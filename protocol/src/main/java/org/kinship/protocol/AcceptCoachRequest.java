package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A coach takes on a waiting participant. Reply: {@link CaseloadResult}. */
public record AcceptCoachRequest(
        @JsonProperty(required = true) String id,            // request id
        @JsonProperty(required = true) long participantId    // the participant whose request it is
) implements ClientMessage {
}
