package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Changes a person's organisation role (admins only). Their open connections reconnect with the new role. */
public record SetOrgRole(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) long userId,    // the person
        @JsonProperty(required = true) OrgRole role    // their new role
) implements ClientMessage {
}
