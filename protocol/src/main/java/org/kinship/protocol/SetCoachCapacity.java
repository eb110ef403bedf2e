package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A supervisor or admin sets how many participants one coach takes on. Reply: {@link CaseloadResult}. */
public record SetCoachCapacity(
        @JsonProperty(required = true) String id,         // request id
        @JsonProperty(required = true) long coachId,      // the coach
        Integer capacity                                  // 0 to 200 (0: takes on nobody new); absent: the organisation's coachCapacity
) implements ClientMessage {
}
