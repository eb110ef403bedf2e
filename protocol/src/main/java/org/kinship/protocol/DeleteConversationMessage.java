package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Deletes one's own private message, leaving a tombstone. Reply: {@link ConversationMessageResult}. */
public record DeleteConversationMessage(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId,   // the conversation
        @JsonProperty(required = true) long seq               // the message
) implements ClientMessage {
}
