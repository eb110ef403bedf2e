package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Approves or declines a request to join a closed room (its moderators). The person gets
 * {@link JoinDecided}; an approval also makes them a member. Reply: ok without result.
 */
public record DecideJoinRequest(
        @JsonProperty(required = true) String id,        // request id
        @JsonProperty(required = true) long roomId,      // the room
        @JsonProperty(required = true) long userId,      // who asked
        @JsonProperty(required = true) boolean approve   // true lets them in
) implements ClientMessage {
}
