package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sends a private message, once per client key. Reply: {@link ConversationMessageResult}. */
public record SendConversationMessage(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId,   // the conversation
        @JsonProperty(required = true) String clientKey,      // 1 to 64 characters, unique per message of the sender
        @JsonProperty(required = true) String body            // 1 to 4,000 characters
) implements ClientMessage {
}
