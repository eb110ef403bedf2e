package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Check-ins of the last days: one's own, or a participant's for their coach. Reply: {@link CheckinsResult}. */
public record ListCheckins(
        @JsonProperty(required = true) String id, // request id
        Long userId,                              // whose; absent: the sender's own
        Integer days                              // how many days back, 1 to 365; absent: 30
) implements ClientMessage {
}
