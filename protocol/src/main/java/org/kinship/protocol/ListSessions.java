package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Your live sign-ins on every device. Reply: {@link SessionsResult}. */
public record ListSessions(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
