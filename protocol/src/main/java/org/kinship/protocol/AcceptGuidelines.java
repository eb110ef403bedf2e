package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member accepts the room's guidelines (the version they were shown) before posting. Reply: ok without result. */
public record AcceptGuidelines(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long roomId,   // the room
        @JsonProperty(required = true) int version    // the guidelinesVersion shown
) implements ClientMessage {
}
