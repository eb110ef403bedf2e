package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ends a mute or ban early. Reply: {@link SanctionResult}; the person gets {@link SanctionLifted}. */
public record LiftSanction(
        @JsonProperty(required = true) String id,          // request id
        @JsonProperty(required = true) long sanctionId,    // the sanction
        @JsonProperty(required = true) String reason       // why, for the audit trail, 1..500 characters
) implements ClientMessage {
}
