package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Changes a member's role in a room. Admins and supervisors may assign any role; a room's leader may make
 * members co-leaders, members or observers. Subscribers get {@link MemberUpdated}.
 */
public record SetRoomRole(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) long roomId,    // the room
        @JsonProperty(required = true) long userId,    // the member
        @JsonProperty(required = true) RoomRole role   // their new role
) implements ClientMessage {
}
