package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sanctions in force in a room, for its leaders. Reply: {@link SanctionsResult}. */
public record ListSanctions(
        @JsonProperty(required = true) String id,   // request id
        @JsonProperty(required = true) long roomId  // the room
) implements ClientMessage {
}
