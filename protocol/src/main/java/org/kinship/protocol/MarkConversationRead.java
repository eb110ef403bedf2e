package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender has read a conversation up to a seq. Reply: {@link ConversationResult}. */
public record MarkConversationRead(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId,   // the conversation
        @JsonProperty(required = true) long seq               // read up to and including this seq
) implements ClientMessage {
}
