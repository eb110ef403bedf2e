package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the organisation's word list. */
public record WordRule(
        @JsonProperty(required = true) String word,       // a word or phrase, 1..64 characters, matched whole and ignoring case
        @JsonProperty(required = true) WordAction action  // block it, or let it through and flag it
) {
}
