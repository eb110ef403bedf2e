package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ends every sign-in of a person, e.g. after a lost phone (admins only). Reply: ok without result. */
public record EndUserSessions(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) long userId     // the person
) implements ClientMessage {
}
