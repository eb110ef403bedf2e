package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Joins an open room. Reply: {@link RoomResult}; the room's subscribers get {@link MemberJoined}. */
public record JoinRoom(
        @JsonProperty(required = true) String id,  // request id
        @JsonProperty(required = true) long roomId // the room
) implements ClientMessage {
}
