package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Stops an unused invite from working (admins only). Reply: ok without result. */
public record RevokeInvite(
        @JsonProperty(required = true) String id,        // request id
        @JsonProperty(required = true) String inviteId   // from InviteResult or the invite list
) implements ClientMessage {
}
