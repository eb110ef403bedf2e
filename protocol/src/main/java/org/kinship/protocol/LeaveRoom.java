package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Leaves a room; this person's connections stop receiving it. Reply: ok without result. */
public record LeaveRoom(
        @JsonProperty(required = true) String id,  // request id
        @JsonProperty(required = true) long roomId // the room
) implements ClientMessage {
}
