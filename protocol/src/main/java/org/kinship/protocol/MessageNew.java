package org.kinship.protocol;

/** A message was committed in a subscribed room; sent to every subscriber, the sender's connections included. */
public record MessageNew(
        ChatMessage message // the committed message
) implements ServerMessage {
}
