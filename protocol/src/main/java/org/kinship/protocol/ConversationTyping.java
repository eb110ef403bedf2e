package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender is typing in a conversation; the other person is told. No result. */
public record ConversationTyping(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId    // the conversation
) implements ClientMessage {
}
