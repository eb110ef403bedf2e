package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Disables an account (its sign-ins end and its sockets close within a second; it cannot sign in) or
 * enables it again. Admins only, never for themselves. Reply: ok without result.
 */
public record SetUserDisabled(
        @JsonProperty(required = true) String id,          // request id
        @JsonProperty(required = true) long userId,        // the person
        @JsonProperty(required = true) boolean disabled    // true to disable, false to enable again
) implements ClientMessage {
}
