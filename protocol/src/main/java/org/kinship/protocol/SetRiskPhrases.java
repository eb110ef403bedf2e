package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Replaces the risk phrases (admins). Reply: {@link RiskPhrasesResult}. */
public record SetRiskPhrases(
        @JsonProperty(required = true) String id,              // request id
        @JsonProperty(required = true) List<String> phrases    // at most 200, each 1..100 characters
) implements ClientMessage {
}
