package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Changes how a room is run (its moderators only); only the fields given change. Reply: {@link RoomResult};
 * everyone online gets {@link RoomUpdated}.
 */
public record UpdateRoom(
        @JsonProperty(required = true) String id,     // request id
        @JsonProperty(required = true) long roomId,   // the room
        String name,                                  // 1..64 characters
        String topic,                                 // up to 280 characters
        String guidelines,                            // up to 4000 characters; a change asks members to accept again
        RoomVisibility visibility,                    // open or closed
        Boolean locked,                               // read-only for all but moderators
        Integer slowModeSeconds,                      // 0 (off) to 3600
        Boolean archived,                             // read-only and hidden from the room list
        RoomUnattended unattended,                    // open, slow or lock while nobody is on duty
        Integer retentionDays                         // 1 to 36500 days; 0 returns to the organisation's default
) implements ClientMessage {
}
