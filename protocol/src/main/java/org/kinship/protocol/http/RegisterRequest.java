package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/register}: a new account from an invite code. */
public record RegisterRequest(
        @JsonProperty(required = true) String inviteCode, // the single-use code an admin handed out
        @JsonProperty(required = true) String handle,     // chosen handle, 3..32 of letters, digits, . - _
        @JsonProperty(required = true) String password    // at least 10 characters, at most 72 bytes
) {
}
