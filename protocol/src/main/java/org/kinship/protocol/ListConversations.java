package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender's private conversations, newest first. Reply: {@link ConversationsResult}. */
public record ListConversations(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
