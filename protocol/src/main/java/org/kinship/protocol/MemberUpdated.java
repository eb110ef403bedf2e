package org.kinship.protocol;

/** A member's role in a subscribed room changed. */
public record MemberUpdated(
        long roomId,       // the room
        MemberInfo member  // the member as they now are
) implements ServerMessage {
}
