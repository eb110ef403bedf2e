package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Replaces the organisation's word list (admins). Reply: {@link WordsResult}. */
public record SetWords(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) List<WordRule> rules   // the whole new list, at most 500 entries
) implements ClientMessage {
}
