package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a client has a conversation: newest seq it holds and newest rev it has seen. */
public record ConversationCursor(
        @JsonProperty(required = true) long conversationId, // the conversation
        @JsonProperty(required = true) long afterSeq,       // newest seq the client holds; 0 for none
        @JsonProperty(required = true) long afterRev        // newest rev the client has seen; 0 for none
) {
}
