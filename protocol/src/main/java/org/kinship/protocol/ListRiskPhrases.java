package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The phrases that quietly bring support (staff). Reply: {@link RiskPhrasesResult}. */
public record ListRiskPhrases(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
