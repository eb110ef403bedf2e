package org.kinship.protocol;

/** A message was edited or deleted; carries it as it now stands (a deleted one has no body). */
public record MessageUpdated(
        ChatMessage message // the message after the change
) implements ServerMessage {
}
