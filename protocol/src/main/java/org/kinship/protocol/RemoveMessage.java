package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A leader removes any message in their room. Everyone sees a tombstone saying a leader removed it,
 * never its text. Reply: {@link MessageResult}.
 */
public record RemoveMessage(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) long roomId,    // the room
        @JsonProperty(required = true) long seq,       // the message
        @JsonProperty(required = true) String reason   // for the audit trail, 1..500 characters
) implements ClientMessage {
}
