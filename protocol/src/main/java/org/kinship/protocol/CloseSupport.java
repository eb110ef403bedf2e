package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Closes an alert with a note (staff). Reply: ok without result. */
public record CloseSupport(
        @JsonProperty(required = true) String id,       // request id
        @JsonProperty(required = true) long alertId,    // the alert
        @JsonProperty(required = true) String note      // what was done, 1..1000 characters
) implements ClientMessage {
}
