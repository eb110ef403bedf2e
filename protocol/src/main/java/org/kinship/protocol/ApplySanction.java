package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A leader's sanction on a member of their room. The person always learns what, why and until when
 * ({@link SanctionApplied}). Reply: {@link SanctionResult}.
 */
public record ApplySanction(
        @JsonProperty(required = true) String id,             // request id
        @JsonProperty(required = true) long roomId,           // the room
        @JsonProperty(required = true) long userId,           // the person
        @JsonProperty(required = true) SanctionKind kind,     // warning, mute, remove or ban
        @JsonProperty(required = true) String reason,         // shown to the person, 1..500 characters
        Integer minutes,                                      // mute or ban length; absent for until lifted / for good
        Integer purgeHours                                    // ban only: also remove their messages of the last hours (1..720)
) implements ClientMessage {
}
