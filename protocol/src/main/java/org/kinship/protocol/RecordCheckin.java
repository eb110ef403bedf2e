package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The sender records (or replaces) their check-in for one day. Reply: {@link CheckinResult}. */
public record RecordCheckin(
        @JsonProperty(required = true) String id,      // request id
        @JsonProperty(required = true) int mood,       // 1 (very low) to 5 (very good)
        @JsonProperty(required = true) int craving,    // 0 (none) to 10 (overwhelming)
        String note,                                   // a few words of their own, up to 500 characters
        String day                                     // their calendar day, YYYY-MM-DD; absent: the server's UTC date
) implements ClientMessage {
}
