package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * "I need support now": alerts the peer leaders on duty at once and answers with the crisis lines. Kinship
 * never contacts emergency services by itself. Reply: {@link SupportResult}.
 */
public record RequestSupport(
        @JsonProperty(required = true) String id, // request id
        Long roomId                               // the room the person is in, if any
) implements ClientMessage {
}
