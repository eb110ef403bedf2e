package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/password}: the signed-in person changes their own password. */
public record ChangePasswordRequest(
        @JsonProperty(required = true) String currentPassword, // proves it is really them
        @JsonProperty(required = true) String newPassword      // at least 10 characters, at most 72 bytes
) {
}
