package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Pages backwards through a room. Reply: {@link HistoryResult}. */
public record History(
        @JsonProperty(required = true) String id,   // request id
        @JsonProperty(required = true) long roomId, // the room
        Long beforeSeq,                             // messages with seq below this; absent for the newest
        Integer limit                               // page size, 1..100, default 50
) implements ClientMessage {
}
