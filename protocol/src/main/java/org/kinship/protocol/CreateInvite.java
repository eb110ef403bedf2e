package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Creates a single-use invite code (admins only). Reply: {@link InviteResult}. */
public record CreateInvite(
        @JsonProperty(required = true) String id, // request id
        OrgRole role,                             // role the new person gets; default participant
        Integer validHours                        // lifetime, 1..720 hours, default 168 (one week)
) implements ClientMessage {
}
