package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Deletes one's own message, leaving a tombstone. Reply: {@link MessageResult}; everyone gets {@link MessageUpdated}. */
public record DeleteMessage(
        @JsonProperty(required = true) String id,   // request id
        @JsonProperty(required = true) long roomId, // the room
        @JsonProperty(required = true) long seq     // the message
) implements ClientMessage {
}
