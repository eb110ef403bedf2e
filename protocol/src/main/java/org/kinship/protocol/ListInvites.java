package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The invites admins have made, newest first (admins only). Reply: {@link InvitesResult}. */
public record ListInvites(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
