package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Creates a group room (admins only). Reply: {@link RoomResult}; everyone online gets {@link RoomCreated}. */
public record CreateRoom(
        @JsonProperty(required = true) String id,   // request id
        @JsonProperty(required = true) String name, // shown in the room list, 1..64 characters
        String topic                                // optional one-line purpose, up to 280 characters
) implements ClientMessage {
}
