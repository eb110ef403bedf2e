package org.kinship.protocol.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/account/delete}: the signed-in person deletes their own account. */
public record DeleteAccountRequest(
        @JsonProperty(required = true) String password // their current password, so nobody at an open screen can do it for them
) {
}
