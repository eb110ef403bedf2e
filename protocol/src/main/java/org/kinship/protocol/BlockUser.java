package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Hides a person's messages from you; they are not told. Reply: {@link BlocksResult}. */
public record BlockUser(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId    // the person
) implements ClientMessage {
}
