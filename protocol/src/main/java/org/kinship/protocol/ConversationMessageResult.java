package org.kinship.protocol;

/** Reply to sending, editing or deleting a private message. */
public record ConversationMessageResult(
        ConversationMessage message // the message as stored
) implements Result {
}
