package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Support alerts, newest first (staff). Reply: {@link SupportAlertsResult}. */
public record ListSupport(
        @JsonProperty(required = true) String id, // request id
        Boolean openOnly                          // true (the default) for open alerts only
) implements ClientMessage {
}
