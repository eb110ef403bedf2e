package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The organisation's word list (staff). Reply: {@link WordsResult}. */
public record ListWords(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
