package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Pins or unpins a message (the room's moderators). Reply: {@link RoomResult}; everyone gets {@link RoomUpdated}. */
public record PinMessage(
        @JsonProperty(required = true) String id,        // request id
        @JsonProperty(required = true) long roomId,      // the room
        @JsonProperty(required = true) long seq,         // the message
        @JsonProperty(required = true) boolean pinned    // true to pin, false to unpin
) implements ClientMessage {
}
