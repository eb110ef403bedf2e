package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lists the rooms this person may see, joined or not. Reply: {@link RoomsResult}. */
public record ListRooms(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
