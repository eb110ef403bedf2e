package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The organisation's resource directory, crisis lines first (anyone). Reply: {@link ResourcesResult}. */
public record ListResources(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
