package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who is on duty now (anyone: participants see whether a leader is present). Reply: {@link DutyResult}. */
public record ListDuty(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
