package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender's own recovery start date and days. Reply: {@link RecoveryResult}. */
public record GetRecovery(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
