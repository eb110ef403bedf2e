package org.kinship.protocol;

/** A private message was edited or deleted; sent to both people (to a coach only for what they may read). */
public record ConversationMessageUpdated(
        ConversationMessage message // the message as it is now
) implements ServerMessage {
}
