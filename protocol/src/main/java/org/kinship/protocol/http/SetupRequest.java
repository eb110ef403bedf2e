package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/setup}: creates the first admin with the code the server printed. */
public record SetupRequest(
        @JsonProperty(required = true) String setupCode, // printed on the server console at first start
        @JsonProperty(required = true) String handle,    // the admin's handle
        @JsonProperty(required = true) String password   // the admin's password
) {
}
