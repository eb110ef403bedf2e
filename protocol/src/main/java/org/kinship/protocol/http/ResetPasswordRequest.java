package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/reset}: a new password, set with a code an admin handed over. */
public record ResetPasswordRequest(
        @JsonProperty(required = true) String resetCode,   // the single-use code
        @JsonProperty(required = true) String newPassword  // at least 10 characters, at most 72 bytes
) {
}
