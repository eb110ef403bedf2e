package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A leader responds to an alert; the person is told someone is with them (staff). Reply: ok without result. */
public record AcknowledgeSupport(
        @JsonProperty(required = true) String id,       // request id
        @JsonProperty(required = true) long alertId     // the alert
) implements ClientMessage {
}
