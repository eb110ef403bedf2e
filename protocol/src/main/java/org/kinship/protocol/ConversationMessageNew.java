package org.kinship.protocol;

/** A new private message; sent to every connection of both people. */
public record ConversationMessageNew(
        ConversationMessage message // the message
) implements ServerMessage {
}
