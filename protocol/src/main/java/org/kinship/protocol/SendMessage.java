package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sends a message. The reply comes only after the message is committed; a retry with the same
 * {@code clientKey} returns the stored message instead of storing it twice. Reply: {@link MessageResult}.
 */
public record SendMessage(
        @JsonProperty(required = true) String id,        // request id
        @JsonProperty(required = true) long roomId,      // the room
        @JsonProperty(required = true) String clientKey, // client-made idempotency key, 1..64 characters
        @JsonProperty(required = true) String body       // the text, 1..4000 characters
) implements ClientMessage {
}
