package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Changes the text of one's own private message. Reply: {@link ConversationMessageResult}. */
public record EditConversationMessage(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId,   // the conversation
        @JsonProperty(required = true) long seq,              // the message
        @JsonProperty(required = true) String body            // the new text, 1 to 4,000 characters
) implements ClientMessage {
}
