package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Subscribes this connection to live events of the listed rooms and returns what it missed.
 * Reply: {@link ResumeResult}; live events for these rooms follow the reply, never precede it.
 */
public record Resume(
        @JsonProperty(required = true) String id,               // request id
        @JsonProperty(required = true) List<RoomCursor> rooms,  // one cursor per room, at most 100
        List<ConversationCursor> conversations                  // one cursor per private conversation, at most 100; optional
) implements ClientMessage {
}
