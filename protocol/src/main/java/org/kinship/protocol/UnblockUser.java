package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Shows a blocked person's messages again. Reply: {@link BlocksResult}. */
public record UnblockUser(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId    // the person
) implements ClientMessage {
}
