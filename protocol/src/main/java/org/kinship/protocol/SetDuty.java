package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A peer leader (or supervisor, admin) goes on or off duty, with a handover note. Reply: {@link DutyResult}. */
public record SetDuty(
        @JsonProperty(required = true) String id,         // request id
        @JsonProperty(required = true) boolean onDuty,    // true: on duty now
        String note                                       // handover note, up to 500 characters
) implements ClientMessage {
}
