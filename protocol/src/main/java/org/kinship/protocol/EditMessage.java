package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Replaces the text of one's own message. Reply: {@link MessageResult}; everyone gets {@link MessageUpdated}. */
public record EditMessage(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long roomId,   // the room
        @JsonProperty(required = true) long seq,      // the message
        @JsonProperty(required = true) String body    // the new text, 1..4000 characters
) implements ClientMessage {
}
