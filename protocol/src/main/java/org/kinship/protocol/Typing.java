package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Tells the room's other subscribers that this person is typing. Reply: ok without result. */
public record Typing(
        @JsonProperty(required = true) String id,  // request id
        @JsonProperty(required = true) long roomId // the room
) implements ClientMessage {
}
