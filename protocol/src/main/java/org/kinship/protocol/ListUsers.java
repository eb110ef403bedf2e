package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Everyone in the organisation, for staff assigning roles. Reply: {@link UsersResult}. */
public record ListUsers(
        @JsonProperty(required = true) String id // request id
) implements ClientMessage {
}
