package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The people you have blocked. Reply: {@link BlocksResult}. */
public record ListBlocks(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
