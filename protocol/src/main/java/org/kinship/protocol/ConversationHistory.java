package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of a conversation's messages, newest first from {@code beforeSeq}. Reply: {@link ConversationHistoryResult}. */
public record ConversationHistory(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long conversationId,   // the conversation
        Long beforeSeq,                                       // only messages below this seq; absent: from the newest
        Integer limit                                         // 1 to 100; absent: 50
) implements ClientMessage {
}
