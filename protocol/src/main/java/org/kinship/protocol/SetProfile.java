package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sets a person's staff-only details (staff); absent fields are cleared. Reply: {@link ProfileResult}. */
public record SetProfile(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId,   // the person
        String realName,                              // up to 100 characters
        String contactNote                            // up to 1000 characters
) implements ClientMessage {
}
