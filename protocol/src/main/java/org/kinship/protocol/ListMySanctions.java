package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The sanctions applied to you in the last 30 days, lifted or not, so a person who was offline still
 * learns what happened, why and until when. Reply: {@link MySanctionsResult}.
 */
public record ListMySanctions(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
