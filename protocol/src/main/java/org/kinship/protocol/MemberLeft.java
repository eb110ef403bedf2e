package org.kinship.protocol;

/** Someone left a subscribed room. */
public record MemberLeft(
        long roomId,  // the room
        long userId   // who left
) implements ServerMessage {
}
