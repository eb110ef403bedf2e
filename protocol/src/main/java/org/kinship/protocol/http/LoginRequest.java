package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/login}. */
public record LoginRequest(
        @JsonProperty(required = true) String handle,   // the person's handle, any case
        @JsonProperty(required = true) String password  // their password
) {
}
