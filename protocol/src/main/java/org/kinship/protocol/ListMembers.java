package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who is in the room and who of them is online. Reply: {@link MembersResult}. */
public record ListMembers(
        @JsonProperty(required = true) String id,  // request id
        @JsonProperty(required = true) long roomId // the room
) implements ClientMessage {
}
