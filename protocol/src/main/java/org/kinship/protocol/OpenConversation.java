package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender's conversation with one person, started if need be. Reply: {@link ConversationResult}. */
public record OpenConversation(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId    // the other person
) implements ClientMessage {
}
