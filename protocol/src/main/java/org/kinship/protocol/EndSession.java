package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ends one of your sign-ins; its sockets close with 4001 within a second. Reply: ok without result. */
public record EndSession(
        @JsonProperty(required = true) String id,         // request id
        @JsonProperty(required = true) String sessionId   // from sessions.list
) implements ClientMessage {
}
