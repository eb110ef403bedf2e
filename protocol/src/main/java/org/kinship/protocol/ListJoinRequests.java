package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Requests to join a closed room, for its moderators. Reply: {@link JoinRequestsResult}. */
public record ListJoinRequests(
        @JsonProperty(required = true) String id,   // request id
        @JsonProperty(required = true) long roomId  // the room
) implements ClientMessage {
}
