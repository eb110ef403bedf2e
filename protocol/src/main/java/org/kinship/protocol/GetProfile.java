package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's staff-only details (staff). Every read is written to the audit trail. Reply: {@link ProfileResult}. */
public record GetProfile(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long userId    // the person
) implements ClientMessage {
}
