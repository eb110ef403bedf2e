package org.kinship.protocol;

/** Someone is typing in a subscribed room; show it for a few seconds unless repeated. */
public record TypingEvent(
        long roomId,   // the room
        long userId,   // who is typing
        String handle  // their handle
) implements ServerMessage {
}
