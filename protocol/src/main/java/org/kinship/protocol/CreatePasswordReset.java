package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Makes a single-use password reset code for a person who forgot their password (admins only). The
 * admin hands it over; the person sets a new password with it. Reply: {@link PasswordResetResult}.
 */
public record CreatePasswordReset(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId    // the person
) implements ClientMessage {
}
