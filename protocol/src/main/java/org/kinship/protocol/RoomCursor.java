package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a client already holds of one room: everything up to {@code afterSeq}, every change up to {@code afterRev}. */
public record RoomCursor(
        @JsonProperty(required = true) long roomId, // the room
        @JsonProperty(required = true) long afterSeq, // highest message seq the client has; 0 for none
        @JsonProperty(required = true) long afterRev  // highest rev the client has seen; 0 for none
) {
}
