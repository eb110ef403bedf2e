package org.kinship.protocol;

/** Someone joined a subscribed room. */
public record MemberJoined(
        long roomId,       // the room
        MemberInfo member  // the new member
) implements ServerMessage {
}
